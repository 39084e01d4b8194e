package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bangfu.grading.Grade;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnEvaluationException;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bpmn/GradeDecision.dmn on the real DMN engine: every rule hit and pinned by its id, both sides of each boundary.
 * Each case starts from a household that is graded deep (income 500 against a 低保 of 830, below the provincial
 * average, no refusal, not a migrant, no accident) and changes only what the case is about.
 */
class GradeDecisionTest {

    private static final Set<String> INTEGERS = Set.of("homesOwned", "employmentMonths");
    private static final Set<String> BOOLEANS = Set.of("businessWithEmployees", "childAtHighFeeSchool",
            "privateVehicle", "migrantWorker", "livesInCity", "belowProvincialAverage", "accidentEvent",
            "stillInDifficulty");
    private static final String HIGH_INCOME = "perCapitaMonthlyIncome=5000; perCapitaMonthlyIncomeAfterJobCosts=4800";

    private static DecisionTable table;

    @BeforeAll
    static void parse() {
        table = DecisionTable.parse("GradeDecision");
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                // refusals come first and win over any income and over an accident
                hit("homesOwned=1", "Rule_Deep", "DEEP", ""),
                hit("homesOwned=2", "Rule_TwoHomes", "NOT_ELIGIBLE", "TWO_HOMES"),
                hit("homesOwned=3", "Rule_TwoHomes", "NOT_ELIGIBLE", "TWO_HOMES"),
                hit("homesOwned=2; perCapitaMonthlyIncome=0; accidentEvent=true; stillInDifficulty=true",
                        "Rule_TwoHomes", "NOT_ELIGIBLE", "TWO_HOMES"),
                hit("businessWithEmployees=true", "Rule_Business", "NOT_ELIGIBLE", "BUSINESS_WITH_EMPLOYEES"),
                hit("childAtHighFeeSchool=true", "Rule_HighFeeSchool", "NOT_ELIGIBLE", "HIGH_FEE_SCHOOL"),
                hit("privateVehicle=true", "Rule_PrivateVehicle", "NOT_ELIGIBLE", "PRIVATE_VEHICLE"),
                hit("privateVehicle=true; accidentEvent=true; stillInDifficulty=true",
                        "Rule_PrivateVehicle", "NOT_ELIGIBLE", "PRIVATE_VEHICLE"),
                // migrant workers: live in the city and at least 12 months of actual employment there
                hit("migrantWorker=true; livesInCity=false", "Rule_MigrantConditions", "NOT_ELIGIBLE",
                        "MIGRANT_CONDITIONS"),
                hit("migrantWorker=true; employmentMonths=11", "Rule_MigrantConditions", "NOT_ELIGIBLE",
                        "MIGRANT_CONDITIONS"),
                hit("migrantWorker=true; employmentMonths=12", "Rule_Deep", "DEEP", ""),
                hit("migrantWorker=true; livesInCity=false; employmentMonths=12", "Rule_MigrantConditions",
                        "NOT_ELIGIBLE", "MIGRANT_CONDITIONS"),
                hit("migrantWorker=true; employmentMonths=11; accidentEvent=true; stillInDifficulty=true",
                        "Rule_MigrantConditions", "NOT_ELIGIBLE", "MIGRANT_CONDITIONS"),
                hit("migrantWorker=true; homesOwned=2; employmentMonths=0", "Rule_TwoHomes", "NOT_ELIGIBLE",
                        "TWO_HOMES"),
                // a migrant meeting the conditions still needs a grade
                hit("migrantWorker=true; employmentMonths=36; " + HIGH_INCOME, "Rule_NotEligible", "NOT_ELIGIBLE",
                        "INCOME_ABOVE_THRESHOLD"),
                // everyone else: living in the city and months of employment are not read
                hit("migrantWorker=false; livesInCity=false; employmentMonths=0", "Rule_Deep", "DEEP", ""),
                // deep: income / 低保 <= 1 and below the provincial average
                hit("perCapitaMonthlyIncome=830.00", "Rule_Deep", "DEEP", ""), // 830.00 / 830.00 = 1
                hit("perCapitaMonthlyIncome=0", "Rule_Deep", "DEEP", ""),
                hit("perCapitaMonthlyIncome=830.083", "Rule_Relative", "RELATIVE", ""), // 1.0001
                hit("perCapitaMonthlyIncome=830.01", "Rule_Relative", "RELATIVE", ""),
                hit("belowProvincialAverage=false", "Rule_Relative", "RELATIVE", ""),
                hit("belowProvincialAverage=false; perCapitaMonthlyIncome=0", "Rule_Relative", "RELATIVE", ""),
                // deep reads the income before job costs
                hit("perCapitaMonthlyIncome=900; perCapitaMonthlyIncomeAfterJobCosts=800", "Rule_Relative",
                        "RELATIVE", ""),
                // relative: income after job costs / 低保 <= 2
                hit("perCapitaMonthlyIncome=1900; perCapitaMonthlyIncomeAfterJobCosts=1660.00", "Rule_Relative",
                        "RELATIVE", ""), // 1660.00 / 830.00 = 2
                hit("perCapitaMonthlyIncome=1900; perCapitaMonthlyIncomeAfterJobCosts=1668.30", "Rule_NotEligible",
                        "NOT_ELIGIBLE", "INCOME_ABOVE_THRESHOLD"), // 2.01
                hit("perCapitaMonthlyIncome=1700; perCapitaMonthlyIncomeAfterJobCosts=1600; localDibao=800",
                        "Rule_Relative", "RELATIVE", ""),
                hit("perCapitaMonthlyIncome=1700; perCapitaMonthlyIncomeAfterJobCosts=1600.01; localDibao=800",
                        "Rule_NotEligible", "NOT_ELIGIBLE", "INCOME_ABOVE_THRESHOLD"),
                // an income grade comes before the accident grade
                hit("accidentEvent=true; stillInDifficulty=true", "Rule_Deep", "DEEP", ""),
                hit("belowProvincialAverage=false; hardshipCostRatio=0.9; stillInDifficulty=true", "Rule_Relative",
                        "RELATIVE", ""),
                // accident: an event, or hardship costs above 80 % of the yearly income; still in difficulty
                hit(HIGH_INCOME + "; accidentEvent=true; stillInDifficulty=true", "Rule_AccidentEvent", "ACCIDENT",
                        ""),
                hit(HIGH_INCOME + "; accidentEvent=true; stillInDifficulty=false", "Rule_NotEligible",
                        "NOT_ELIGIBLE", "INCOME_ABOVE_THRESHOLD"),
                hit(HIGH_INCOME + "; hardshipCostRatio=0.81; stillInDifficulty=true", "Rule_AccidentCosts",
                        "ACCIDENT", ""),
                hit(HIGH_INCOME + "; hardshipCostRatio=0.8; stillInDifficulty=true", "Rule_NotEligible",
                        "NOT_ELIGIBLE", "INCOME_ABOVE_THRESHOLD"),
                hit(HIGH_INCOME + "; hardshipCostRatio=0.81; stillInDifficulty=false", "Rule_NotEligible",
                        "NOT_ELIGIBLE", "INCOME_ABOVE_THRESHOLD"),
                hit(HIGH_INCOME + "; accidentEvent=true; hardshipCostRatio=0.95; stillInDifficulty=true",
                        "Rule_AccidentEvent", "ACCIDENT", ""),
                hit(HIGH_INCOME + "; stillInDifficulty=true", "Rule_NotEligible", "NOT_ELIGIBLE",
                        "INCOME_ABOVE_THRESHOLD"),
                // nothing applies
                hit(HIGH_INCOME, "Rule_NotEligible", "NOT_ELIGIBLE", "INCOME_ABOVE_THRESHOLD"));
    }

    @ParameterizedTest(name = "{0} -> {1}: {2} {3}")
    @MethodSource("cases")
    void gradesTheHouseholdByTheFirstMatchingRule(String changes, String rule, String grade, String reason) {
        DmnDecisionResultEntries result = table.evaluate(household(changes)).getSingleResult();

        assertThat(table.lastEvaluation().getMatchingRules()).extracting(DmnEvaluatedDecisionRule::getId)
                .containsExactly(rule);
        assertThat(result.getEntryMap()).containsOnlyKeys("grade", "reason");
        assertThat((String) result.getEntry("grade")).isEqualTo(grade);
        assertThat((String) result.getEntry("reason")).isNotNull().isEqualTo(reason);
    }

    @Test
    void everyRuleOfTheTableIsCoveredByACaseAndInThisOrder() {
        // A new or renamed rule must come with its own cases above.
        List<String> rules = ((DmnDecisionTableImpl) table.decision().getDecisionLogic()).getRules().stream()
                .map(DmnDecisionTableRuleImpl::getId).toList();
        assertThat(rules).containsExactly("Rule_TwoHomes", "Rule_Business", "Rule_HighFeeSchool",
                "Rule_PrivateVehicle", "Rule_MigrantConditions", "Rule_Deep", "Rule_Relative", "Rule_AccidentEvent",
                "Rule_AccidentCosts", "Rule_NotEligible");
        assertThat(cases().map(c -> (String) c.get()[1]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(rules);
    }

    @Test
    void everyGradeTheTableGivesIsAGradeTheCodeKnows() {
        Set<String> grades = Arrays.stream(Grade.values()).map(Enum::name).collect(Collectors.toSet());
        assertThat(cases().map(c -> (String) c.get()[2]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(grades);
    }

    @Test
    void aMissingInputIsAnErrorRatherThanASilentGrade() {
        // Plain inputs are JUEL on purpose: a misspelt or forgotten variable fails instead of skipping a refusal.
        VariableMap withoutVehicle = household("");
        withoutVehicle.remove("privateVehicle");

        assertThatThrownBy(() -> table.evaluate(withoutVehicle))
                .isInstanceOf(DmnEvaluationException.class)
                .hasMessageContaining("privateVehicle");
    }

    private static Arguments hit(String changes, String rule, String grade, String reason) {
        return Arguments.of(changes, rule, grade, reason);
    }

    /** The deep-graded household of the class comment, with {@code name=value; …} changes. */
    private static VariableMap household(String changes) {
        VariableMap variables = Variables.createVariables()
                .putValue("homesOwned", 1)
                .putValue("businessWithEmployees", false)
                .putValue("childAtHighFeeSchool", false)
                .putValue("privateVehicle", false)
                .putValue("migrantWorker", false)
                .putValue("livesInCity", true)
                .putValue("employmentMonths", 24)
                .putValue("perCapitaMonthlyIncome", new BigDecimal("500.00"))
                .putValue("perCapitaMonthlyIncomeAfterJobCosts", new BigDecimal("450.00"))
                .putValue("localDibao", new BigDecimal("830.00"))
                .putValue("belowProvincialAverage", true)
                .putValue("accidentEvent", false)
                .putValue("hardshipCostRatio", BigDecimal.ZERO)
                .putValue("stillInDifficulty", false);
        Arrays.stream(changes.split(";")).map(String::strip).filter(change -> !change.isEmpty())
                .map(change -> change.split("=", 2))
                .forEach(pair -> {
                    assertThat(variables).as("a case changes a known input").containsKey(pair[0]);
                    variables.putValue(pair[0], value(pair[0], pair[1]));
                });
        return variables;
    }

    private static Object value(String name, String text) {
        if (INTEGERS.contains(name)) {
            return Integer.valueOf(text);
        }
        return BOOLEANS.contains(name) ? (Object) Boolean.valueOf(text) : new BigDecimal(text);
    }
}
