package org.bangfu.workflow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

import org.bangfu.workflow.guard.DeploymentPermit;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;

/**
 * The engine's side of changing models: the latest deployed version of a process or decision key (without tenant),
 * and the deployment of an approved proposal under its permit. The engine's deployment guard still checks every
 * file and refuses with {@link org.bangfu.workflow.guard.DeploymentRefusedException}.
 */
@Service
public class ModelDeployments {

    /** A deployed version of a model and its XML. */
    public record DeployedModel(int version, byte[] xml) {
    }

    private final RepositoryService repository;

    ModelDeployments(RepositoryService repository) {
        this.repository = repository;
    }

    public Optional<DeployedModel> latestProcess(String key) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .withoutTenantId().latestVersion().singleResult();
        return definition == null ? Optional.empty() : Optional.of(new DeployedModel(definition.getVersion(),
                read(repository.getProcessModel(definition.getId()), key)));
    }

    public Optional<DeployedModel> latestDecision(String key) {
        DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(key)
                .withoutTenantId().latestVersion().singleResult();
        return definition == null ? Optional.empty() : Optional.of(new DeployedModel(definition.getVersion(),
                read(repository.getDecisionModel(definition.getId()), key)));
    }

    /** Deploys the files of an approved proposal; answers the deployment id. */
    public String deployApproved(long proposalId, String name, Map<String, byte[]> files) {
        return DeploymentPermit.deployApproved(proposalId, () -> {
            DeploymentBuilder builder = repository.createDeployment().name(name)
                    .source("bangfu-proposal-" + proposalId);
            files.forEach((file, bytes) -> builder.addInputStream(file, new ByteArrayInputStream(bytes)));
            return builder.deployWithResult().getId();
        });
    }

    private static byte[] read(InputStream model, String key) {
        try (InputStream in = model) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("deployed model of " + key + " unreadable", e);
        }
    }
}
