package org.bangfu.casework.process;

import org.bangfu.grading.Grade;
import org.bangfu.grading.GradeDecisionEvaluator;
import org.bangfu.grading.GradeInputs;
import org.bangfu.grading.GradeOutcome;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Evaluates the deployed GradeDecision table. The definition is looked up first and evaluated by id, so the
 * version stored with the assessment is the one that answered even if an analyst deploys a new one meanwhile.
 */
@Component
class EngineGradeDecision implements GradeDecisionEvaluator {

    private final DecisionService decisions;
    private final RepositoryService repository;

    EngineGradeDecision(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    @Override
    public GradeOutcome evaluate(GradeInputs in) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ProcessIds.GRADE_DECISION).latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("decision table " + ProcessIds.GRADE_DECISION + " is not deployed");
        }
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableById(definition.getId())
                .variables(Variables.createVariables()
                        .putValue("homesOwned", in.homesOwned())
                        .putValue("businessWithEmployees", in.businessWithEmployees())
                        .putValue("childAtHighFeeSchool", in.childAtHighFeeSchool())
                        .putValue("privateVehicle", in.privateVehicle())
                        .putValue("migrantWorker", in.migrantWorker())
                        .putValue("livesInCity", in.livesInCity())
                        .putValue("employmentMonths", in.employmentMonths())
                        .putValue("perCapitaMonthlyIncome", in.perCapitaMonthlyIncome())
                        .putValue("perCapitaMonthlyIncomeAfterJobCosts", in.perCapitaMonthlyIncomeAfterJobCosts())
                        .putValue("localDibao", in.localDibao())
                        .putValue("belowProvincialAverage", in.belowProvincialAverage())
                        .putValue("accidentEvent", in.accidentEvent())
                        .putValue("hardshipCostRatio", in.hardshipCostRatio())
                        .putValue("stillInDifficulty", in.stillInDifficulty()))
                .evaluate()
                .getSingleResult();
        String reason = result.getEntry("reason");
        return new GradeOutcome(Grade.valueOf(result.getEntry("grade")), reason == null ? "" : reason,
                definition.getKey(), definition.getVersion(), definition.getId());
    }
}
