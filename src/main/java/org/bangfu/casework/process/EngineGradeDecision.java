package org.bangfu.casework.process;

import org.bangfu.grading.Grade;
import org.bangfu.grading.GradeDecisionEvaluator;
import org.bangfu.grading.GradeInputs;
import org.bangfu.grading.GradeOutcome;
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
    public GradeOutcome evaluate(GradeInputs inputs) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(ProcessIds.GRADE_DECISION).latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("decision table " + ProcessIds.GRADE_DECISION + " is not deployed");
        }
        String grade = decisions.evaluateDecisionTableById(definition.getId())
                .variables(Variables.createVariables()
                        .putValue("perCapitaMonthlyIncome", inputs.perCapitaMonthlyIncome())
                        .putValue("localDibao", inputs.localDibao())
                        .putValue("belowProvincialAverage", inputs.belowProvincialAverage())
                        .putValue("accidentCaused", inputs.accidentCaused()))
                .evaluate()
                .getSingleResult()
                .getSingleEntry();
        return new GradeOutcome(Grade.valueOf(grade), definition.getKey(), definition.getVersion(),
                definition.getId());
    }
}
