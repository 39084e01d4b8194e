package org.bangfu.followup.internal;

import org.bangfu.followup.FollowUpVisitRecorded;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.bangfu.followup.IncomeRecord;
import org.bangfu.followup.Visit;
import org.bangfu.followup.VisitCommand;
import org.bangfu.grading.GradingService;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.Amounts;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.TextInput;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * Follow-up visits and the monthly per-capita income measured against the local dibao.
 */
@Component
class VisitRecords {

    static final String INSERT_VISIT = """
            INSERT INTO followup_visit (case_id, visit_date, visitors, findings, hardship_persists,
              per_capita_income, recorded_by, recorded_at)
            VALUES (:caseId, :visitDate, :visitors, :findings, :hardshipPersists,
              :perCapitaIncome, :recordedBy, :recordedAt)""";
    static final String DELETE_INCOME = """
            DELETE FROM income_record WHERE case_id = :caseId AND income_month = :month""";
    static final String INSERT_INCOME = """
            INSERT INTO income_record (case_id, income_month, per_capita_income, local_dibao, recorded_by)
            VALUES (:caseId, :month, :income, :dibao, :recordedBy)""";
    static final String LIST_VISITS = """
            SELECT * FROM followup_visit WHERE case_id = :caseId ORDER BY visit_date, id""";
    static final String LIST_INCOMES = """
            SELECT income_month, per_capita_income, local_dibao FROM income_record WHERE case_id = :caseId
            ORDER BY income_month""";

    private final JdbcClient jdbc;
    private final IdentificationService files;
    private final GradingService grading;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final FollowUpChecks checks;

    VisitRecords(JdbcClient jdbc, IdentificationService files, GradingService grading,
                 ApplicationEventPublisher events, Clock clock, FollowUpChecks checks) {
        this.jdbc = jdbc;
        this.files = files;
        this.grading = grading;
        this.events = events;
        this.clock = clock;
        this.checks = checks;
    }

    Visit recordVisit(long caseId, VisitCommand v, CurrentUser user) {
        HardshipCase c = checks.workable(caseId, user, Set.of(CaseStatus.OPEN, CaseStatus.RELIEVED, CaseStatus.GRADUAL_EXIT));
        List<FieldError> errors = new ArrayList<>();
        if (v.visitDate() == null) {
            errors.add(FieldError.of("visitDate", "validation.required"));
        } else if (v.visitDate().isAfter(checks.today())) {
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
        jdbc.sql(INSERT_VISIT)
                .param("caseId", caseId).param("visitDate", v.visitDate()).param("visitors", v.visitors().trim())
                .param("findings", v.findings().trim()).param("hardshipPersists", v.hardshipPersists())
                .param("perCapitaIncome", v.perCapitaIncome().setScale(2)).param("recordedBy", user.username())
                .param("recordedAt", OffsetDateTime.now(clock))
                .update(keys, "id");
        saveIncome(c, YearMonth.from(v.visitDate()), v.perCapitaIncome(), user);
        files.addParticipant(caseId, user.username(), "FOLLOWUP_VISITED");
        events.publishEvent(new FollowUpVisitRecorded(user.username(), caseId, c.unitId(), v.visitDate(),
                v.hardshipPersists()));
        long id = keys.getKey().longValue();
        return visits(caseId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    void recordMonthlyIncome(long caseId, YearMonth month, BigDecimal perCapitaIncome, CurrentUser user) {
        HardshipCase c = checks.workable(caseId, user, Set.of(CaseStatus.OPEN, CaseStatus.RELIEVED));
        List<FieldError> errors = new ArrayList<>();
        if (month == null) {
            errors.add(FieldError.of("month", "validation.required"));
        } else if (month.isAfter(YearMonth.from(checks.today()))) {
            errors.add(FieldError.of("month", "validation.date.future"));
        }
        Amounts.problemWithNonNegative(perCapitaIncome)
                .ifPresent(k -> errors.add(FieldError.of("perCapitaIncome", k)));
        InvalidInputException.throwIfAny(errors);
        saveIncome(c, month, perCapitaIncome, user);
        files.addParticipant(caseId, user.username(), "INCOME_SUPPLIED");
    }

    private void saveIncome(HardshipCase c, YearMonth month, BigDecimal income, CurrentUser user) {
        BigDecimal dibao = grading.livingStandard(checks.division(c), month.getYear()).monthlyAmount();
        jdbc.sql(DELETE_INCOME)
                .param("caseId", c.id()).param("month", month.atDay(1)).update();
        jdbc.sql(INSERT_INCOME)
                .param("caseId", c.id()).param("month", month.atDay(1)).param("income", income.setScale(2))
                .param("dibao", dibao).param("recordedBy", user.username()).update();
    }

    List<Visit> visits(long caseId) {
        return jdbc.sql(LIST_VISITS).param("caseId", caseId)
                .query((rs, n) -> new Visit(rs.getLong("id"), rs.getLong("case_id"),
                        rs.getObject("visit_date", LocalDate.class), rs.getString("visitors"),
                        rs.getString("findings"), rs.getBoolean("hardship_persists"),
                        rs.getBigDecimal("per_capita_income"), rs.getString("recorded_by"))).list();
    }

    List<IncomeRecord> incomes(long caseId) {
        return jdbc.sql(LIST_INCOMES).param("caseId", caseId)
                .query((rs, n) -> new IncomeRecord(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2),
                        rs.getBigDecimal(3))).list();
    }
}
