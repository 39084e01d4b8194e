package org.bangfu.followup.internal;

import org.bangfu.followup.ExitApproved;
import org.bangfu.followup.ExitAssessed;
import org.bangfu.followup.ExitRejected;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.Tier;
import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitCheck;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.ExitOutcome;
import org.bangfu.followup.GradualExitTerms;
import org.bangfu.followup.ExitRoute;
import org.bangfu.funds.PaymentService;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.settings.RuleSettings;
import org.bangfu.settings.SettingKeys;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The exit from aid: the income check, the assessment, the county's decision and the gradual-exit months.
 */
@Component
class ExitDecisions {

    private static final Set<CaseStatus> FOLLOWED = Set.of(CaseStatus.OPEN, CaseStatus.RELIEVED);

    static final String INSERT_ASSESSMENT = """
            INSERT INTO exit_assessment (case_id, outcome, causes_gone, months_above_dibao, note, assessed_by,
              assessed_at, former_monthly_aid, route)
            VALUES (:caseId, :outcome, :causesGone, :monthsAbove, :note, :assessedBy,
              :assessedAt, :formerMonthlyAid, :route)""";
    static final String DECIDE_EXIT = """
            UPDATE exit_assessment SET decision = :decision, decided_by = :decidedBy, decided_at = :decidedAt,
              gradual_months = :gradualMonths, gradual_monthly_aid = :monthlyAid
            WHERE id = :exitId""";
    static final String FIND_EXIT = """
            SELECT * FROM exit_assessment WHERE id = :exitId""";
    static final String FIND_LATEST_EXIT = """
            SELECT * FROM exit_assessment WHERE case_id = :caseId ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""";
    /** Counts one more paid month, once: a repeated call finds the count moved on. */
    static final String COUNT_GRADUAL_MONTH = """
            UPDATE exit_assessment SET gradual_paid_months = :month
            WHERE id = :exitId AND gradual_paid_months = :previous""";

    private final JdbcClient jdbc;
    private final IdentificationService files;
    private final ApprovalService approval;
    private final PaymentService payments;
    private final RuleSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FollowUpChecks checks;
    private final VisitRecords visits;

    ExitDecisions(JdbcClient jdbc, IdentificationService files, ApprovalService approval, PaymentService payments,
                  RuleSettings settings, ApplicationEventPublisher events, Clock clock, FollowUpChecks checks,
                  VisitRecords visits) {
        this.jdbc = jdbc;
        this.files = files;
        this.approval = approval;
        this.payments = payments;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
        this.checks = checks;
        this.visits = visits;
    }

    ExitCheck exitCheck(long caseId) {
        HardshipCase c = files.caseById(caseId);
        int required = settings.integer(SettingKeys.EXIT_CONSECUTIVE_MONTHS, checks.division(c), checks.today());
        return new ExitCheck(ExitRules.consecutiveMonthsAbove(visits.incomes(caseId)), required);
    }

    ExitAssessment assessExit(long caseId, ExitAssessmentCommand command, CurrentUser user) {
        HardshipCase c = checks.workable(caseId, user, FOLLOWED);
        List<FieldError> errors = new ArrayList<>();
        if (command.outcome() == null) {
            errors.add(FieldError.of("outcome", "validation.required"));
        }
        if (command.causesGone() == null) {
            errors.add(FieldError.of("causesGone", "validation.required"));
        }
        if (command.outcome() != null && command.outcome() != ExitOutcome.CONTINUE && command.route() == null) {
            errors.add(FieldError.of("route", "statistics.validation.routeRequired"));
        }
        TextInput.checked(errors, "note", command.note());
        if (command.note() != null && command.note().trim().length() > 1000) {
            errors.add(FieldError.of("note", "validation.tooLong", 1000));
        }
        ExitCheck check = exitCheck(caseId);
        if (errors.isEmpty() && command.outcome() == ExitOutcome.EXIT) {
            if (!check.incomeConditionMet()) {
                errors.add(FieldError.of("outcome", "validation.exit.income", check.requiredMonths(),
                        check.consecutiveMonthsAbove()));
            } else if (!command.causesGone()) {
                errors.add(FieldError.of("causesGone", "validation.exit.causes"));
            }
        }
        InvalidInputException.throwIfAny(errors);
        BigDecimal former = command.outcome() == ExitOutcome.EXIT ? formerMonthlyAid(caseId) : null;
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql(INSERT_ASSESSMENT)
                .param("caseId", caseId).param("outcome", command.outcome().name())
                .param("causesGone", command.causesGone()).param("monthsAbove", check.consecutiveMonthsAbove())
                .param("note", command.note() == null ? null : command.note().trim())
                .param("assessedBy", user.username()).param("assessedAt", OffsetDateTime.now(clock))
                .param("formerMonthlyAid", former)
                .param("route", command.outcome() == ExitOutcome.CONTINUE || command.route() == null ? null
                                : command.route().name())
                .update(keys, "id");
        files.addParticipant(caseId, user.username(), "EXIT_ASSESSED");
        if (command.outcome() == ExitOutcome.RELIEVED) {
            files.changeStatus(caseId, CaseStatus.RELIEVED);
        }
        events.publishEvent(new ExitAssessed(user.username(), caseId, c.unitId(), command.outcome()));
        return exitAssessment(keys.getKey().longValue()).orElseThrow();
    }

    /** The gradual-exit rule of the case's region: months allowed and the monthly aid's cap. */
    GradualExitTerms gradualExitTerms(long exitId) {
        ExitAssessment exit = exitAssessment(exitId).orElseThrow(() ->
                new ConflictException("error.exitNotFound", exitId));
        return terms(exit, files.caseById(exit.caseId()));
    }

    private GradualExitTerms terms(ExitAssessment exit, HardshipCase c) {
        String division = checks.division(c);
        BigDecimal ratio = settings.decimal(SettingKeys.GRADUAL_EXIT_MAX_RATIO, division, checks.today());
        return new GradualExitTerms(settings.integer(SettingKeys.GRADUAL_EXIT_MIN_MONTHS, division, checks.today()),
                settings.integer(SettingKeys.GRADUAL_EXIT_MAX_MONTHS, division, checks.today()), ratio,
                exit.formerMonthlyAid().multiply(ratio).setScale(2, RoundingMode.DOWN));
    }

    ExitAssessment decideExit(long exitId, ExitDecisionCommand command, CurrentUser approver) {
        ExitAssessment exit = exitAssessment(exitId).orElseThrow(() ->
                new ConflictException("error.exitNotFound", exitId));
        HardshipCase c = files.caseById(exit.caseId());
        approval.checkMayDecide(c.id(), Tier.COUNTY, approver);
        if (exit.outcome() != ExitOutcome.EXIT || exit.decision() != null) {
            throw new ConflictException("error.notAwaitingApproval", c.caseNo());
        }
        List<FieldError> errors = new ArrayList<>();
        if (command.approve() == null) {
            errors.add(FieldError.of("decision", "validation.required"));
        } else if (command.approve()) {
            GradualExitTerms terms = terms(exit, c);
            int min = terms.minMonths();
            int max = terms.maxMonths();
            if (command.gradualMonths() == null) {
                errors.add(FieldError.of("gradualMonths", "validation.required"));
            } else if (command.gradualMonths() < min || command.gradualMonths() > max) {
                errors.add(FieldError.of("gradualMonths", "validation.range", min, max));
            }
            BigDecimal limit = terms.maxMonthlyAid();
            Amounts.problemWithNonNegative(command.monthlyAid())
                    .ifPresentOrElse(k -> errors.add(FieldError.of("monthlyAid", k)), () -> {
                        if (command.monthlyAid().compareTo(limit) > 0) {
                            errors.add(FieldError.of("monthlyAid", "validation.exit.overRatio",
                                    limit.toPlainString(), exit.formerMonthlyAid().toPlainString()));
                        }
                    });
        } else if (command.reason() == null || command.reason().isBlank()) {
            errors.add(FieldError.of("reason", "validation.reason.required"));
        }
        InvalidInputException.throwIfAny(errors);
        boolean approved = command.approve();
        jdbc.sql(DECIDE_EXIT)
                .param("decision", approved ? "APPROVED" : "REJECTED").param("decidedBy", approver.username())
                .param("decidedAt", OffsetDateTime.now(clock))
                .param("gradualMonths", approved ? command.gradualMonths() : null)
                .param("monthlyAid", approved ? command.monthlyAid().setScale(2) : null).param("exitId", exitId)
                .update();
        if (approved) {
            files.changeStatus(c.id(), CaseStatus.GRADUAL_EXIT);
        }
        events.publishEvent(approved
                ? new ExitApproved(approver.username(), c.id(), c.unitId(), command.gradualMonths(),
                        command.monthlyAid())
                : new ExitRejected(approver.username(), c.id(), c.unitId(), command.reason().trim()));
        return exitAssessment(exitId).orElseThrow();
    }

    Optional<ExitAssessment> exitAssessment(long exitId) {
        return jdbc.sql(FIND_EXIT).param("exitId", exitId)
                .query(ExitDecisions::exitRow).optional();
    }

    Optional<ExitAssessment> latestExit(long caseId) {
        return jdbc.sql(FIND_LATEST_EXIT)
                .param("caseId", caseId).query(ExitDecisions::exitRow).optional();
    }

    BigDecimal formerMonthlyAid(long caseId) {
        OffsetDateTime since = OffsetDateTime.now(clock).minusMonths(12);
        BigDecimal paid = payments.payments(caseId).stream()
                .filter(p -> !"GRADUAL_EXIT".equals(p.purpose()) && p.recordedAt().isAfter(since)
                        && p.status() != PaymentStatus.CANCELLED)
                .map(p -> p.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return paid.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
    }

    Optional<Integer> payNextGradualMonth(long exitId) {
        ExitAssessment exit = exitAssessment(exitId).orElseThrow();
        if (!"APPROVED".equals(exit.decision()) || exit.gradualPaidMonths() >= exit.gradualMonths()) {
            return Optional.empty();
        }
        int month = exit.gradualPaidMonths() + 1;
        if (exit.gradualMonthlyAid().signum() > 0) {
            payments.approveGradualExit(exit.caseId(), exitId, month, exit.gradualMonthlyAid(),
                    exit.decidedBy() == null ? "system" : exit.decidedBy());
        }
        jdbc.sql(COUNT_GRADUAL_MONTH)
                .param("month", month).param("exitId", exitId).param("previous", month - 1).update();
        return Optional.of(month);
    }

    private static ExitAssessment exitRow(ResultSet rs, int n) throws SQLException {
        int months = rs.getInt("gradual_months");
        Integer gradualMonths = rs.wasNull() ? null : months;
        return new ExitAssessment(rs.getLong("id"), rs.getLong("case_id"), ExitOutcome.valueOf(rs.getString("outcome")),
                rs.getBoolean("causes_gone"), rs.getInt("months_above_dibao"), rs.getString("note"),
                rs.getString("assessed_by"), rs.getObject("assessed_at", OffsetDateTime.class),
                rs.getBigDecimal("former_monthly_aid"), gradualMonths, rs.getBigDecimal("gradual_monthly_aid"),
                rs.getInt("gradual_paid_months"), rs.getString("decision"), rs.getString("decided_by"),
                rs.getString("route") == null ? null : ExitRoute.valueOf(rs.getString("route")));
    }
}
