package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.delegate.DmnEvaluatedDecisionRule;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnEvaluationException;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * bpmn/ApprovalTierDecision.dmn on the real DMN engine: the highest union tier that must approve a single grant,
 * both sides of the 20,000 and 50,000 yuan limits, for every grade a filed case can have.
 */
class ApprovalTierDecisionTest {

    private static DecisionTable table;

    @BeforeAll
    static void parse() {
        table = DecisionTable.parse("ApprovalTierDecision");
    }

    static Stream<Arguments> amounts() {
        List<Arguments> limits = List.of(
                Arguments.of("0.01", "Rule_County", "COUNTY"),
                Arguments.of("20000.00", "Rule_County", "COUNTY"),
                Arguments.of("20000.01", "Rule_Province", "PROVINCE"),
                Arguments.of("50000.00", "Rule_Province", "PROVINCE"),
                Arguments.of("50000.01", "Rule_National", "NATIONAL"),
                Arguments.of("1000000.00", "Rule_National", "NATIONAL"));
        return Stream.of("DEEP", "RELATIVE", "ACCIDENT").flatMap(grade -> limits.stream()
                .map(limit -> Arguments.of(grade, limit.get()[0], limit.get()[1], limit.get()[2])));
    }

    @ParameterizedTest(name = "{0}, {1} yuan -> {3} ({2})")
    @MethodSource("amounts")
    void theHighestTierFollowsTheSingleGrantAmount(String grade, String amount, String rule, String tier) {
        DmnDecisionResultEntries result = table.evaluate(Variables.createVariables()
                .putValue("amount", new BigDecimal(amount))
                .putValue("grade", grade)).getSingleResult();

        assertThat(table.lastEvaluation().getMatchingRules()).extracting(DmnEvaluatedDecisionRule::getId)
                .containsExactly(rule);
        assertThat(result.getEntryMap()).containsOnlyKeys("tier");
        assertThat((String) result.getEntry("tier")).isEqualTo(tier);
    }

    @Test
    void theTableHasTheThreeTiersInOrderAndAGradeColumnForAnalysts() {
        DmnDecisionTableImpl rules = (DmnDecisionTableImpl) table.decision().getDecisionLogic();
        assertThat(rules.getRules()).extracting(DmnDecisionTableRuleImpl::getId)
                .containsExactly("Rule_National", "Rule_Province", "Rule_County");
        assertThat(rules.getInputs()).extracting(input -> input.getExpression().getExpression())
                .containsExactly("amount", "grade");
    }

    @Test
    void aMissingAmountIsAnErrorRatherThanACountyApproval() {
        assertThatThrownBy(() -> table.evaluate(Variables.createVariables()
                .putValue("grade", "DEEP")))
                .isInstanceOf(DmnEvaluationException.class)
                .hasMessageContaining("amount");
    }
}
