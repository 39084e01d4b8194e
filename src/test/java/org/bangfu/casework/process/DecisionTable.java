package org.bangfu.casework.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.delegate.DmnDecisionTableEvaluationEvent;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;

/** One decision table of {@code bpmn/} on the standalone DMN engine, remembering which rules the last call matched. */
final class DecisionTable {

    private final DmnEngine engine;
    private final DmnDecision decision;
    private DmnDecisionTableEvaluationEvent lastEvaluation;

    private DecisionTable(String key) {
        DefaultDmnEngineConfiguration configuration =
                (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.customPostDecisionTableEvaluationListeners(List.of(event -> lastEvaluation = event));
        engine = configuration.buildEngine();
        try (InputStream dmn = DecisionTable.class.getResourceAsStream("/bpmn/" + key + ".dmn")) {
            decision = engine.parseDecision(key, dmn);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static DecisionTable parse(String key) {
        return new DecisionTable(key);
    }

    DmnDecision decision() {
        return decision;
    }

    DmnDecisionResult evaluate(VariableMap variables) {
        return engine.evaluateDecision(decision, variables);
    }

    DmnDecisionTableEvaluationEvent lastEvaluation() {
        return lastEvaluation;
    }
}
