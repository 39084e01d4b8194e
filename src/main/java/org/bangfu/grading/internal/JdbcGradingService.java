package org.bangfu.grading.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.bangfu.grading.CaseGraded;
import org.bangfu.grading.Grade;
import org.bangfu.grading.GradeAssessment;
import org.bangfu.grading.GradeDecisionEvaluator;
import org.bangfu.grading.GradeInputs;
import org.bangfu.grading.GradeOutcome;
import org.bangfu.grading.GradingService;
import org.bangfu.grading.LivingStandard;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HouseholdProfile;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.OrganizationService;
import org.bangfu.shared.ConflictException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcGradingService implements GradingService {

    static final String LATEST_PROVINCIAL_INCOME = """
            SELECT std_year, per_capita_income FROM provincial_income
            WHERE province_code = :provinceCode AND std_year <= :year ORDER BY std_year DESC FETCH FIRST 1 ROWS ONLY""";
    static final String INSERT_ASSESSMENT = """
            INSERT INTO grade_assessment (case_id, per_capita_monthly_income, per_capita_yearly_income, local_dibao,
              dibao_division, dibao_year, provincial_income, provincial_income_year, accident_caused, grade,
              decision_key, decision_version, decision_definition_id, assessed_at, per_capita_after_job_costs,
              homes_owned, business_with_employees, child_high_fee_school, private_vehicle, migrant_worker,
              lives_in_city, employment_months, hardship_cost_ratio, still_in_difficulty, reason, purpose)
            VALUES (:caseId, :perCapitaMonthlyIncome, :perCapitaYearlyIncome, :localDibao,
              :dibaoDivision, :dibaoYear, :provincialIncome, :provincialIncomeYear, :accidentCaused, :grade,
              :decisionKey, :decisionVersion, :decisionDefinitionId, :assessedAt, :perCapitaAfterJobCosts,
              :homesOwned, :businessWithEmployees, :childHighFeeSchool, :privateVehicle, :migrantWorker,
              :livesInCity, :employmentMonths, :hardshipCostRatio, :stillInDifficulty, :reason, :purpose)""";
    static final String LATEST_LIVING_STANDARD = """
            SELECT division_code, std_year, monthly_amount FROM dibao_standard
            WHERE division_code = :divisionCode AND std_year <= :year ORDER BY std_year DESC FETCH FIRST 1 ROWS ONLY""";
    static final String LATEST_ASSESSMENT = """
            SELECT * FROM grade_assessment WHERE case_id = :caseId ORDER BY id DESC FETCH FIRST 1 ROWS ONLY""";
    static final String LIST_LIVING_STANDARDS = """
            SELECT division_code, std_year, monthly_amount FROM dibao_standard ORDER BY division_code, std_year""";

    private final JdbcClient jdbc;
    private final IdentificationService identification;
    private final OrganizationService organization;
    private final VerificationService verification;
    private final GradeDecisionEvaluator evaluator;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcGradingService(JdbcClient jdbc, IdentificationService identification, OrganizationService organization,
                       VerificationService verification, GradeDecisionEvaluator evaluator, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.identification = identification;
        this.organization = organization;
        this.verification = verification;
        this.evaluator = evaluator;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional
    public GradeAssessment assess(long caseId, String purpose) {
        HardshipCase hardshipCase = identification.caseById(caseId);
        String division = organization.unit(hardshipCase.unitId()).divisionCode();
        int year = LocalDate.now(clock).getYear();
        LivingStandard dibao = livingStandard(division, year);
        String province = division.substring(0, 2) + "0000";
        record Income(int year, BigDecimal amount) {
        }
        Income provincial = jdbc.sql(LATEST_PROVINCIAL_INCOME)
                .param("provinceCode", province).param("year", year - 1)
                .query((rs, n) -> new Income(rs.getInt(1), rs.getBigDecimal(2))).optional()
                .orElseThrow(() -> new ConflictException("error.noProvincialIncome", province, year - 1));
        HouseholdProfile profile = identification.household(caseId).profile();
        MeansCheck check = verification.meansCheck(caseId)
                .orElseThrow(() -> new ConflictException("error.noMeansCheck", hardshipCase.caseNo()));
        BigDecimal income = hardshipCase.householdYearlyIncome();
        BigDecimal jobCosts = profile == null || profile.jobCosts() == null ? BigDecimal.ZERO : profile.jobCosts();
        BigDecimal costs = profile == null || profile.hardshipCosts() == null ? BigDecimal.ZERO
                : profile.hardshipCosts();
        GradeInputs inputs = new GradeInputs(
                GradeInputs.perCapitaMonthly(income, hardshipCase.rigidExpenses(), hardshipCase.householdSize()),
                GradeInputs.perCapitaMonthly(income, hardshipCase.rigidExpenses().add(jobCosts),
                        hardshipCase.householdSize()),
                GradeInputs.perCapitaYearly(income, hardshipCase.householdSize()),
                dibao.monthlyAmount(), dibao.divisionCode(), dibao.year(), provincial.amount(), provincial.year(),
                check.homesOwned(), check.businessWithEmployees(), check.childAtHighFeeSchool(),
                check.privateVehicle(), flag(profile == null ? null : profile.migrantWorker()),
                flag(profile == null ? null : profile.livesInCity()),
                profile == null || profile.employmentMonths() == null ? 0 : profile.employmentMonths(),
                flag(profile == null ? null : profile.accidentEvent())
                        || (profile == null && hardshipCase.hardshipCause().isAccidentLike()),
                GradeInputs.costRatio(costs, income), flag(profile == null ? null : profile.stillInDifficulty()));
        GradeOutcome outcome = evaluator.evaluate(inputs);
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql(INSERT_ASSESSMENT)
                .param("caseId", caseId).param("perCapitaMonthlyIncome", inputs.perCapitaMonthlyIncome())
                .param("perCapitaYearlyIncome", inputs.perCapitaYearlyIncome())
                .param("localDibao", inputs.localDibao()).param("dibaoDivision", inputs.dibaoDivision())
                .param("dibaoYear", inputs.dibaoYear()).param("provincialIncome", inputs.provincialPerCapitaIncome())
                .param("provincialIncomeYear", inputs.provincialIncomeYear())
                .param("accidentCaused", inputs.accidentEvent()).param("grade", outcome.grade().name())
                .param("decisionKey", outcome.decisionKey()).param("decisionVersion", outcome.decisionVersion())
                .param("decisionDefinitionId", outcome.decisionDefinitionId()).param("assessedAt", now)
                .param("perCapitaAfterJobCosts", inputs.perCapitaMonthlyIncomeAfterJobCosts())
                .param("homesOwned", inputs.homesOwned()).param("businessWithEmployees", inputs.businessWithEmployees())
                .param("childHighFeeSchool", inputs.childAtHighFeeSchool())
                .param("privateVehicle", inputs.privateVehicle()).param("migrantWorker", inputs.migrantWorker())
                .param("livesInCity", inputs.livesInCity()).param("employmentMonths", inputs.employmentMonths())
                .param("hardshipCostRatio", inputs.hardshipCostRatio())
                .param("stillInDifficulty", inputs.stillInDifficulty()).param("reason", outcome.reason())
                .param("purpose", purpose)
                .update();
        if (outcome.grade() != Grade.NOT_ELIGIBLE) {
            identification.recordGrade(caseId, outcome.grade().name());
        }
        events.publishEvent(new CaseGraded(caseId, hardshipCase.unitId(), outcome.grade(), outcome.decisionVersion()));
        return new GradeAssessment(caseId, inputs, outcome, now);
    }

    private static boolean flag(Boolean value) {
        return Boolean.TRUE.equals(value);
    }

    @Override
    @Transactional(readOnly = true)
    public LivingStandard livingStandard(String division, int year) {
        for (String code : List.of(division, division.substring(0, 4) + "00", division.substring(0, 2) + "0000")) {
            Optional<LivingStandard> found = jdbc.sql(LATEST_LIVING_STANDARD)
                    .param("divisionCode", code).param("year", year).query(JdbcGradingService::standardRow).optional();
            if (found.isPresent()) {
                return found.get();
            }
        }
        throw new ConflictException("error.noLivingStandard", division, year);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<GradeAssessment> latestAssessment(long caseId) {
        return jdbc.sql(LATEST_ASSESSMENT)
                .param("caseId", caseId).query(JdbcGradingService::assessmentRow).optional();
    }

    @Override
    @Transactional(readOnly = true)
    public List<LivingStandard> livingStandards() {
        return jdbc.sql(LIST_LIVING_STANDARDS)
                .query(JdbcGradingService::standardRow).list();
    }

    private static LivingStandard standardRow(ResultSet rs, int n) throws SQLException {
        return new LivingStandard(rs.getString(1), rs.getInt(2), rs.getBigDecimal(3));
    }

    private static GradeAssessment assessmentRow(ResultSet rs, int n) throws SQLException {
        BigDecimal afterJobCosts = rs.getBigDecimal("per_capita_after_job_costs");
        BigDecimal ratio = rs.getBigDecimal("hardship_cost_ratio");
        GradeInputs inputs = new GradeInputs(rs.getBigDecimal("per_capita_monthly_income"),
                afterJobCosts == null ? rs.getBigDecimal("per_capita_monthly_income") : afterJobCosts,
                rs.getBigDecimal("per_capita_yearly_income"), rs.getBigDecimal("local_dibao"),
                rs.getString("dibao_division"), rs.getInt("dibao_year"), rs.getBigDecimal("provincial_income"),
                rs.getInt("provincial_income_year"), rs.getInt("homes_owned"), rs.getBoolean("business_with_employees"),
                rs.getBoolean("child_high_fee_school"), rs.getBoolean("private_vehicle"),
                rs.getBoolean("migrant_worker"), rs.getBoolean("lives_in_city"), rs.getInt("employment_months"),
                rs.getBoolean("accident_caused"), ratio == null ? BigDecimal.ZERO : ratio,
                rs.getBoolean("still_in_difficulty"));
        String reason = rs.getString("reason");
        GradeOutcome outcome = new GradeOutcome(Grade.valueOf(rs.getString("grade")), reason == null ? "" : reason,
                rs.getString("decision_key"),
                rs.getInt("decision_version"), rs.getString("decision_definition_id"));
        return new GradeAssessment(rs.getLong("case_id"), inputs, outcome,
                rs.getObject("assessed_at", OffsetDateTime.class));
    }
}
