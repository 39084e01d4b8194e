package org.bangfu.workflow.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Component;

/** The latest deployed version of a process or decision key (without tenant), read into a {@link ModelIndex}. */
@Component
class DeployedModels {

    record Deployed(int version, Map<String, ModelIndex.Item> items) {
    }

    private final RepositoryService repository;

    DeployedModels(RepositoryService repository) {
        this.repository = repository;
    }

    Optional<Deployed> latest(ProposalDiff.Kind kind, String key) {
        if (kind == ProposalDiff.Kind.BPMN) {
            ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                    .withoutTenantId().latestVersion().singleResult();
            if (definition == null) {
                return Optional.empty();
            }
            return read(kind, key, definition.getVersion(), repository.getProcessModel(definition.getId()));
        }
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .withoutTenantId().latestVersion().singleResult();
        if (definition == null) {
            return Optional.empty();
        }
        return read(kind, key, definition.getVersion(), repository.getDecisionModel(definition.getId()));
    }

    private static Optional<Deployed> read(ProposalDiff.Kind kind, String key, int version, InputStream model) {
        try (InputStream in = model) {
            Map<String, ModelIndex.Item> items = ModelIndex.read(kind, in).models.get(key);
            return Optional.of(new Deployed(version, items == null ? Map.of() : items));
        } catch (IOException e) {
            throw new IllegalStateException("deployed model of " + key + " unreadable", e);
        }
    }
}
