package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** bpmn/GradeDecision.dmn on the real DMN engine: every rule hit, both sides of each boundary. */
class GradeDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = GradeDecisionTest.class.getResourceAsStream("/bpmn/GradeDecision.dmn")) {
            decision = engine.parseDecision("GradeDecision", dmn);
        }
    }

    private static DmnDecisionTableResult evaluate(String income, String dibao, boolean below, boolean accident) {
        return engine.evaluateDecisionTable(decision, Variables.createVariables()
                .putValue("perCapitaMonthlyIncome", new BigDecimal(income))
                .putValue("localDibao", new BigDecimal(dibao))
                .putValue("belowProvincialAverage", below)
                .putValue("accidentCaused", accident));
    }

    @ParameterizedTest(name = "income {0} vs dibao {1}, below provincial {2}, accident {3} -> {4}")
    @CsvSource({
            // Rule_Deep: at or under the dibao and below the provincial average
            "830.00, 830.00, true, false, DEEP",
            "0.00, 830.00, true, false, DEEP",
            // just above the dibao: relative
            "830.01, 830.00, true, false, RELATIVE",
            // under the dibao but not below the provincial average: relative, not deep
            "500.00, 830.00, false, false, RELATIVE",
            // Rule_Relative boundary: exactly twice the dibao, then one fen above
            "1660.00, 830.00, false, false, RELATIVE",
            "1660.01, 830.00, false, false, NOT_ELIGIBLE",
            // Rule_Accident: above twice the dibao but hit by an accident
            "1660.01, 830.00, false, true, ACCIDENT",
            "5000.00, 830.00, true, true, ACCIDENT",
            // deep wins over accident (first hit)
            "400.00, 830.00, true, true, DEEP",
            // Rule_NotEligible
            "9000.00, 830.00, true, false, NOT_ELIGIBLE"
    })
    void gradesByIncomeRatioAndCause(String income, String dibao, boolean below, boolean accident, String grade) {
        assertThat((String) evaluate(income, dibao, below, accident).getSingleResult().getSingleEntry())
                .isEqualTo(grade);
    }

    @Test
    void theTableHasTheFourRulesThisTestCovers() {
        // A new rule must come with its own cases above.
        assertThat(((DmnDecisionTableImpl) decision.getDecisionLogic()).getRules())
                .extracting(rule -> rule.getId())
                .containsExactly("Rule_Deep", "Rule_Relative", "Rule_Accident", "Rule_NotEligible");
    }
}
