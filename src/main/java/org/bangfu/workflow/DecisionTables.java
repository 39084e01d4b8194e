package org.bangfu.workflow;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Service;

/**
 * Decision tables for a feature: the latest deployed version of a table, looked up first and evaluated by id, so
 * the version the feature records is the one that answered even if an analyst deploys a new one meanwhile.
 */
@Service
public class DecisionTables {

    private final DecisionService decisions;
    private final RepositoryService repository;

    DecisionTables(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    /** The single matching rule's outputs, and which table version gave them. */
    public record Decision(Map<String, Object> outputs, String key, int version, String definitionId) {

        public String output(String name) {
            Object value = outputs.get(name);
            return value == null ? null : value.toString();
        }

        /** The only output of a table with one output column. */
        public String singleOutput() {
            if (outputs.size() != 1) {
                throw new IllegalStateException("decision " + key + " has " + outputs.size() + " outputs");
            }
            return outputs.values().iterator().next().toString();
        }
    }

    /** Evaluates the latest version of the table; refused when it is not deployed or no single rule matches. */
    public Decision evaluateLatest(String key, Map<String, Object> inputs) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .latestVersion().singleResult();
        if (definition == null) {
            throw new IllegalStateException("decision table " + key + " is not deployed");
        }
        DmnDecisionRuleResult result = decisions.evaluateDecisionTableById(definition.getId()).variables(inputs)
                .evaluate().getSingleResult();
        if (result == null) {
            throw new IllegalStateException("decision table " + key + " matched no rule");
        }
        return new Decision(java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(result.getEntryMap())), definition.getKey(), definition.getVersion(),
                definition.getId());
    }
}
