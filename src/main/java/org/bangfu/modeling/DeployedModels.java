package org.bangfu.modeling;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.Optional;

import org.bangfu.workflow.ModelDeployments;
import org.springframework.stereotype.Component;

/** The latest deployed version of a process or decision key (without tenant), read into a {@link ModelIndex}. */
@Component
class DeployedModels {

    record Deployed(int version, Map<String, ModelIndex.Item> items) {
    }

    private final ModelDeployments models;

    DeployedModels(ModelDeployments models) {
        this.models = models;
    }

    Optional<Deployed> latest(ProposalDiff.Kind kind, String key) {
        return (kind == ProposalDiff.Kind.BPMN ? models.latestProcess(key) : models.latestDecision(key))
                .map(model -> read(kind, key, model));
    }

    private static Deployed read(ProposalDiff.Kind kind, String key, ModelDeployments.DeployedModel model) {
        try (InputStream in = new ByteArrayInputStream(model.xml())) {
            Map<String, ModelIndex.Item> items = ModelIndex.read(kind, in).models.get(key);
            return new Deployed(model.version(), items == null ? Map.of() : items);
        } catch (IOException e) {
            throw new IllegalStateException("deployed model of " + key + " unreadable", e);
        }
    }
}
