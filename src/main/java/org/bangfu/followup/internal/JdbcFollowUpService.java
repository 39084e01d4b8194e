package org.bangfu.followup.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.Tier;
import org.bangfu.followup.CallBackRecorded;
import org.bangfu.followup.ExitApproved;
import org.bangfu.followup.ExitAssessed;
import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitCheck;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.ExitOutcome;
import org.bangfu.followup.ExitRejected;
import org.bangfu.followup.ExitRoute;
import org.bangfu.followup.FileArchived;
import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.FollowUpVisitRecorded;
import org.bangfu.followup.IncomeRecord;
import org.bangfu.followup.RelapseReport;
import org.bangfu.followup.RelapseReported;
import org.bangfu.followup.ReverificationItem;
import org.bangfu.followup.ReverificationRun;
import org.bangfu.followup.ReverificationStarted;
import org.bangfu.followup.SpotCheckRecorded;
import org.bangfu.followup.Visit;
import org.bangfu.followup.VisitCommand;
import org.bangfu.followup.WatchEntry;
import org.bangfu.funds.PaymentService;
import org.bangfu.grading.GradingService;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.bangfu.organization.Role;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcFollowUpService implements FollowUpService {

    private static final Set<CaseStatus> FOLLOWED = Set.of(CaseStatus.OPEN, CaseStatus.RELIEVED);

    private final JdbcClient jdbc;
    private final IdentificationService files;
    private final GradingService grading;
    private final ApprovalService approval;
    private final PaymentService payments;
    private final RuleSettings settings;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcFollowUpService(JdbcClient jdbc, IdentificationService files, GradingService grading,
                        ApprovalService approval, PaymentService payments, RuleSettings settings,
                        OrganizationService organization, Jurisdiction jurisdiction,
                        ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.grading = grading;
        this.approval = approval;
        this.payments = payments;
        this.settings = settings;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.events = events;
        this.clock = clock;
    }

    private HardshipCase workable(long caseId, CurrentUser user, Set<CaseStatus> statuses) {
        HardshipCase c = files.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, c.unitId());
        if (!statuses.contains(c.status())) {
            throw new ConflictException("error.wrongCaseStatus", c.caseNo(), c.status().name());
        }
        return c;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String division(HardshipCase c) {
        return organization.unit(c.unitId()).divisionCode();
    }

    @Override
    @Transactional
    public Visit recordVisit(long caseId, VisitCommand v, CurrentUser user) {
        HardshipCase c = workable(caseId, user, Set.of(CaseStatus.OPEN, CaseStatus.RELIEVED, CaseStatus.GRADUAL_EXIT));
        List<FieldError> errors = new ArrayList<>();
        if (v.visitDate() == null) {
            errors.add(FieldError.of("visitDate", "validation.required"));
        } else if (v.visitDate().isAfter(today())) {
            errors.add(FieldError.of("visitDate", "validation.date.future"));
        }
        TextInput.required(errors, "visitors", v.visitors(), 200);
        TextInput.required(errors, "findings", v.findings(), 2000);
        if (v.hardshipPersists() == null) {
            errors.add(FieldError.of("hardshipPersists", "validation.required"));
        }
        Amounts.problemWithNonNegative(v.perCapitaIncome())
                .ifPresent(k -> errors.add(FieldError.of("perCapitaIncome", k)));
        InvalidInputException.throwIfAny(errors);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO followup_visit (case_id, visit_date, visitors, findings, hardship_persists, "
                        + "per_capita_income, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, v.visitDate(), v.visitors().trim(), v.findings().trim(), v.hardshipPersists(),
                        v.perCapitaIncome().setScale(2), user.username(), OffsetDateTime.now(clock))
                .update(keys, "id");
        saveIncome(c, YearMonth.from(v.visitDate()), v.perCapitaIncome(), user);
        files.addParticipant(caseId, user.username(), "FOLLOWUP_VISITED");
        events.publishEvent(new FollowUpVisitRecorded(user.username(), caseId, c.unitId(), v.visitDate(),
                v.hardshipPersists()));
        long id = keys.getKey().longValue();
        return visits(caseId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    public void recordMonthlyIncome(long caseId, YearMonth month, BigDecimal perCapitaIncome, CurrentUser user) {
        HardshipCase c = workable(caseId, user, Set.of(CaseStatus.OPEN, CaseStatus.RELIEVED));
        List<FieldError> errors = new ArrayList<>();
        if (month == null) {
            errors.add(FieldError.of("month", "validation.required"));
        } else if (month.isAfter(YearMonth.from(today()))) {
            errors.add(FieldError.of("month", "validation.date.future"));
        }
        Amounts.problemWithNonNegative(perCapitaIncome)
                .ifPresent(k -> errors.add(FieldError.of("perCapitaIncome", k)));
        InvalidInputException.throwIfAny(errors);
        saveIncome(c, month, perCapitaIncome, user);
        files.addParticipant(caseId, user.username(), "INCOME_SUPPLIED");
    }

    private void saveIncome(HardshipCase c, YearMonth month, BigDecimal income, CurrentUser user) {
        BigDecimal dibao = grading.livingStandard(division(c), month.getYear()).monthlyAmount();
        jdbc.sql("DELETE FROM income_record WHERE case_id = ? AND income_month = ?")
                .params(c.id(), month.atDay(1)).update();
        jdbc.sql("INSERT INTO income_record (case_id, income_month, per_capita_income, local_dibao, recorded_by) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .params(c.id(), month.atDay(1), income.setScale(2), dibao, user.username()).update();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Visit> visits(long caseId) {
        return jdbc.sql("SELECT * FROM followup_visit WHERE case_id = ? ORDER BY visit_date, id").param(caseId)
                .query((rs, n) -> new Visit(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getObject("visit_date", LocalDate.class), rs.getString("visitors"),
                        rs.getString("findings"), rs.getBoolean("hardship_persists"),
                        rs.getBigDecimal("per_capita_income"), rs.getString("recorded_by"))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncomeRecord> incomes(long caseId) {
        return jdbc.sql("SELECT income_month, per_capita_income, local_dibao FROM income_record WHERE case_id = ? "
                        + "ORDER BY income_month").param(caseId)
                .query((rs, n) -> new IncomeRecord(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2),
                        rs.getBigDecimal(3))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public ExitCheck exitCheck(long caseId) {
        HardshipCase c = files.caseById(caseId);
        int required = settings.integer(SettingKeys.EXIT_CONSECUTIVE_MONTHS, division(c), today());
        return new ExitCheck(ExitRules.consecutiveMonthsAbove(incomes(caseId)), required);
    }

    @Override
    @Transactional
    public ExitAssessment assessExit(long caseId, ExitAssessmentCommand command, CurrentUser user) {
        HardshipCase c = workable(caseId, user, FOLLOWED);
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
        jdbc.sql("INSERT INTO exit_assessment (case_id, outcome, causes_gone, months_above_dibao, note, assessed_by, "
                        + "assessed_at, former_monthly_aid, route) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(caseId, command.outcome().name(), command.causesGone(), check.consecutiveMonthsAbove(),
                        command.note() == null ? null : command.note().trim(), user.username(),
                        OffsetDateTime.now(clock), former,
                        command.outcome() == ExitOutcome.CONTINUE || command.route() == null ? null
                                : command.route().name())
                .update(keys, "id");
        files.addParticipant(caseId, user.username(), "EXIT_ASSESSED");
        if (command.outcome() == ExitOutcome.RELIEVED) {
            files.changeStatus(caseId, CaseStatus.RELIEVED);
        }
        events.publishEvent(new ExitAssessed(user.username(), caseId, c.unitId(), command.outcome()));
        return exitAssessment(keys.getKey().longValue()).orElseThrow();
    }

    @Override
    @Transactional
    public ExitAssessment decideExit(long exitId, ExitDecisionCommand command, CurrentUser approver) {
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
            String division = division(c);
            int min = settings.integer(SettingKeys.GRADUAL_EXIT_MIN_MONTHS, division, today());
            int max = settings.integer(SettingKeys.GRADUAL_EXIT_MAX_MONTHS, division, today());
            if (command.gradualMonths() == null) {
                errors.add(FieldError.of("gradualMonths", "validation.required"));
            } else if (command.gradualMonths() < min || command.gradualMonths() > max) {
                errors.add(FieldError.of("gradualMonths", "validation.range", min, max));
            }
            BigDecimal limit = exit.formerMonthlyAid()
                    .multiply(settings.decimal(SettingKeys.GRADUAL_EXIT_MAX_RATIO, division, today()))
                    .setScale(2, RoundingMode.DOWN);
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
        jdbc.sql("UPDATE exit_assessment SET decision = ?, decided_by = ?, decided_at = ?, gradual_months = ?, "
                        + "gradual_monthly_aid = ? WHERE id = ?")
                .params(approved ? "APPROVED" : "REJECTED", approver.username(), OffsetDateTime.now(clock),
                        approved ? command.gradualMonths() : null,
                        approved ? command.monthlyAid().setScale(2) : null, exitId)
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

    @Override
    @Transactional(readOnly = true)
    public Optional<ExitAssessment> exitAssessment(long exitId) {
        return jdbc.sql("SELECT * FROM exit_assessment WHERE id = ?").param(exitId)
                .query(JdbcFollowUpService::exitRow).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ExitAssessment> latestExit(long caseId) {
        return jdbc.sql("SELECT * FROM exit_assessment WHERE case_id = ? ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(caseId).query(JdbcFollowUpService::exitRow).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public BigDecimal formerMonthlyAid(long caseId) {
        OffsetDateTime since = OffsetDateTime.now(clock).minusMonths(12);
        BigDecimal paid = payments.payments(caseId).stream()
                .filter(p -> !"GRADUAL_EXIT".equals(p.purpose()) && p.recordedAt().isAfter(since)
                        && p.status() != org.bangfu.funds.PaymentStatus.CANCELLED)
                .map(p -> p.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        return paid.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
    }

    @Override
    @Transactional
    public Optional<Integer> payNextGradualMonth(long exitId) {
        ExitAssessment exit = exitAssessment(exitId).orElseThrow();
        if (!"APPROVED".equals(exit.decision()) || exit.gradualPaidMonths() >= exit.gradualMonths()) {
            return Optional.empty();
        }
        int month = exit.gradualPaidMonths() + 1;
        if (exit.gradualMonthlyAid().signum() > 0) {
            payments.approveGradualExit(exit.caseId(), exitId, month, exit.gradualMonthlyAid(),
                    exit.decidedBy() == null ? "system" : exit.decidedBy());
        }
        jdbc.sql("UPDATE exit_assessment SET gradual_paid_months = ? WHERE id = ? AND gradual_paid_months = ?")
                .params(month, exitId, month - 1).update();
        return Optional.of(month);
    }

    @Override
    @Transactional
    public void closeIntoArchive(long caseId) {
        HardshipCase c = files.caseById(caseId);
        if (c.status() == CaseStatus.EXITED) {
            return;
        }
        files.changeStatus(caseId, CaseStatus.EXITED);
        int months = settings.integer(SettingKeys.WATCH_PERIOD_MONTHS, division(c), today());
        jdbc.sql("INSERT INTO watch_entry (case_id, watched_from, watched_until, status) VALUES (?, ?, ?, 'WATCHING')")
                .params(caseId, today(), today().plusMonths(months)).update();
        events.publishEvent(new FileArchived(caseId, c.unitId(), months));
    }

    @Override
    @Transactional
    public void recordCallBack(long caseId, boolean relapsed, String note, CurrentUser user) {
        HardshipCase c = workable(caseId, user, Set.of(CaseStatus.EXITED));
        List<FieldError> errors = new ArrayList<>();
        TextInput.required(errors, "note", note, 1000);
        InvalidInputException.throwIfAny(errors);
        jdbc.sql("INSERT INTO callback_record (case_id, call_date, relapsed, note, recorded_by, recorded_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(caseId, today(), relapsed, note.trim(), user.username(), OffsetDateTime.now(clock)).update();
        events.publishEvent(new CallBackRecorded(user.username(), caseId, c.unitId(), relapsed, note.trim()));
    }

    @Override
    @Transactional
    public void endWatch(long caseId) {
        jdbc.sql("UPDATE watch_entry SET status = 'ENDED' WHERE case_id = ? AND status = 'WATCHING'").param(caseId)
                .update();
    }

    @Override
    @Transactional
    public HardshipCase reportRelapse(long archivedCaseId, RelapseReport report, CurrentUser user) {
        HardshipCase archived = workable(archivedCaseId, user, Set.of(CaseStatus.EXITED));
        List<FieldError> errors = new ArrayList<>();
        Amounts.problemWithNonNegative(report.householdYearlyIncome())
                .ifPresent(k -> errors.add(FieldError.of("householdYearlyIncome", k)));
        Amounts.problemWithNonNegative(report.rigidExpenses())
                .ifPresent(k -> errors.add(FieldError.of("rigidExpenses", k)));
        TextInput.required(errors, "situation", report.situation(), 1000);
        InvalidInputException.throwIfAny(errors);
        HardshipCase relapse = files.openRelapseFile(archivedCaseId, report.householdYearlyIncome(),
                report.rigidExpenses(), report.situation().trim(), user.username());
        jdbc.sql("UPDATE watch_entry SET status = 'RELAPSED', relapse_case_id = ? WHERE case_id = ?")
                .params(relapse.id(), archivedCaseId).update();
        events.publishEvent(new RelapseReported(user.username(), archivedCaseId, archived.unitId(), relapse.caseNo()));
        return relapse;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WatchEntry> watchList(CurrentUser user) {
        return jdbc.sql("SELECT w.*, c.case_no, c.worker_name FROM watch_entry w JOIN hardship_case c ON c.id = w.case_id "
                        + "JOIN org_unit u ON u.id = c.unit_id WHERE u.path LIKE ? ORDER BY w.watched_from DESC")
                .param(jurisdiction.subtreePrefix(user) + "%")
                .query((rs, n) -> {
                    long relapse = rs.getLong("relapse_case_id");
                    Long relapseId = rs.wasNull() ? null : relapse;
                    return new WatchEntry(rs.getLong("case_id"), rs.getString("case_no"), rs.getString("worker_name"),
                            rs.getObject("watched_from", LocalDate.class), rs.getObject("watched_until", LocalDate.class),
                            rs.getString("status"), relapseId);
                }).list();
    }

    @Override
    @Transactional
    public ReverificationRun startReverification(int year, long unitId, Long seed, CurrentUser user) {
        if (!user.hasRole(Role.ADMIN) && !user.hasRole(Role.ANALYST)) {
            jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        }
        jurisdiction.requireCovers(user, unitId);
        boolean exists = jdbc.sql("SELECT COUNT(*) FROM reverification_run WHERE run_year = ? AND unit_id = ?")
                .params(year, unitId).query(Integer.class).single() > 0;
        if (exists) {
            throw new ConflictException("error.reverificationExists", year);
        }
        List<HardshipCase> open = files.openFiles(unitId);
        BigDecimal ratio = settings.decimal(SettingKeys.REVERIFICATION_SAMPLE_RATIO,
                organization.unit(unitId).divisionCode(), today());
        long usedSeed = seed != null ? seed : new SecureRandom().nextLong();
        Set<Long> sample = ExitRules.sample(open.stream().map(HardshipCase::id).toList(), ratio, usedSeed);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO reverification_run (run_year, unit_id, seed, sample_ratio, file_count, sample_count, "
                        + "started_by, started_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(year, unitId, usedSeed, ratio, open.size(), sample.size(), user.username(),
                        OffsetDateTime.now(clock))
                .update(keys, "id");
        long runId = keys.getKey().longValue();
        for (HardshipCase c : open) {
            jdbc.sql("INSERT INTO reverification_item (run_id, case_id, sampled, previous_grade) VALUES (?, ?, ?, ?)")
                    .params(runId, c.id(), sample.contains(c.id()), c.grade() == null ? "" : c.grade()).update();
        }
        events.publishEvent(new ReverificationStarted(user.username(), unitId, year, sample.size(), open.size(),
                usedSeed));
        return run(runId).orElseThrow();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReverificationItem> items(long runId) {
        return jdbc.sql("SELECT * FROM reverification_item WHERE run_id = ? ORDER BY case_id").param(runId)
                .query((rs, n) -> new ReverificationItem(rs.getLong("run_id"), rs.getLong("case_id"),
                        rs.getBoolean("sampled"), rs.getString("previous_grade"), rs.getString("new_grade"),
                        rs.getString("spot_check"), rs.getString("note"), rs.getString("checked_by"))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReverificationRun> run(long runId) {
        return jdbc.sql("SELECT * FROM reverification_run WHERE id = ?").param(runId)
                .query(JdbcFollowUpService::runRow).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReverificationRun> runs(CurrentUser user) {
        return jdbc.sql("SELECT r.* FROM reverification_run r JOIN org_unit u ON u.id = r.unit_id WHERE u.path LIKE ? "
                        + "ORDER BY r.id DESC").param(jurisdiction.subtreePrefix(user) + "%")
                .query(JdbcFollowUpService::runRow).list();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReverificationItem> latestItem(long caseId) {
        return jdbc.sql("SELECT * FROM reverification_item WHERE case_id = ? ORDER BY run_id DESC FETCH FIRST 1 ROWS ONLY")
                .param(caseId)
                .query((rs, n) -> new ReverificationItem(rs.getLong("run_id"), rs.getLong("case_id"),
                        rs.getBoolean("sampled"), rs.getString("previous_grade"), rs.getString("new_grade"),
                        rs.getString("spot_check"), rs.getString("note"), rs.getString("checked_by"))).optional();
    }

    @Override
    @Transactional
    public void recordRegrade(long runId, long caseId, String newGrade) {
        jdbc.sql("UPDATE reverification_item SET new_grade = ? WHERE run_id = ? AND case_id = ?")
                .params(newGrade, runId, caseId).update();
    }

    @Override
    @Transactional
    public void recordSpotCheck(long runId, long caseId, boolean confirmed, String note, CurrentUser user) {
        HardshipCase c = files.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER, Role.APPROVER);
        jurisdiction.requireCovers(user, c.unitId());
        List<FieldError> errors = new ArrayList<>();
        if (!confirmed) {
            TextInput.required(errors, "note", note, 1000);
        }
        InvalidInputException.throwIfAny(errors);
        jdbc.sql("UPDATE reverification_item SET spot_check = ?, note = ?, checked_by = ?, checked_at = ? "
                        + "WHERE run_id = ? AND case_id = ?")
                .params(confirmed ? "CONFIRMED" : "CORRECTED", note == null ? null : note.trim(), user.username(),
                        OffsetDateTime.now(clock), runId, caseId).update();
        events.publishEvent(new SpotCheckRecorded(user.username(), caseId, c.unitId(), confirmed,
                confirmed ? null : note.trim()));
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

    private static ReverificationRun runRow(ResultSet rs, int n) throws SQLException {
        return new ReverificationRun(rs.getLong("id"), rs.getInt("run_year"), rs.getLong("unit_id"),
                rs.getLong("seed"), rs.getBigDecimal("sample_ratio"), rs.getInt("file_count"),
                rs.getInt("sample_count"), rs.getString("started_by"),
                rs.getObject("started_at", OffsetDateTime.class));
    }
}
