package org.bangfu.casework.process;

import java.util.HashMap;
import java.util.Map;

import org.bangfu.grading.Grade;
import org.bangfu.grading.GradeDecisionEvaluator;
import org.bangfu.grading.GradeInputs;
import org.bangfu.grading.GradeOutcome;
import org.bangfu.workflow.DecisionTables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed GradeDecision table (its latest version, looked up first and evaluated by id, so the version
 * stored with the assessment is the one that answered even if an analyst deploys a new one meanwhile).
 */
@Component
class EngineGradeDecision implements GradeDecisionEvaluator {

    private final DecisionTables decisions;

    EngineGradeDecision(DecisionTables decisions) {
        this.decisions = decisions;
    }

    @Override
    public GradeOutcome evaluate(GradeInputs in) {
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("homesOwned", in.homesOwned());
        inputs.put("businessWithEmployees", in.businessWithEmployees());
        inputs.put("childAtHighFeeSchool", in.childAtHighFeeSchool());
        inputs.put("privateVehicle", in.privateVehicle());
        inputs.put("migrantWorker", in.migrantWorker());
        inputs.put("livesInCity", in.livesInCity());
        inputs.put("employmentMonths", in.employmentMonths());
        inputs.put("perCapitaMonthlyIncome", in.perCapitaMonthlyIncome());
        inputs.put("perCapitaMonthlyIncomeAfterJobCosts", in.perCapitaMonthlyIncomeAfterJobCosts());
        inputs.put("localDibao", in.localDibao());
        inputs.put("belowProvincialAverage", in.belowProvincialAverage());
        inputs.put("accidentEvent", in.accidentEvent());
        inputs.put("hardshipCostRatio", in.hardshipCostRatio());
        inputs.put("stillInDifficulty", in.stillInDifficulty());
        DecisionTables.Decision result = decisions.evaluateLatest(ProcessIds.GRADE_DECISION, inputs);
        String reason = result.output("reason");
        return new GradeOutcome(Grade.valueOf(result.output("grade")), reason == null ? "" : reason,
                result.key(), result.version(), result.definitionId());
    }
}
