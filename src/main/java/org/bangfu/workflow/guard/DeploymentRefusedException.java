package org.bangfu.workflow.guard;

import java.util.List;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * The engine refused a deployment: every violation names the resource, the element id and the rule. Thrown inside
 * the deployment's transaction, so nothing of it is stored. A {@link BadUserRequestException}, so engine REST
 * answers 400 with this message.
 */
public class DeploymentRefusedException extends BadUserRequestException {

    private final transient List<GuardViolation> violations;

    public DeploymentRefusedException(List<GuardViolation> violations) {
        super("Deployment refused by the deployment guard (see docs/security/deployment-rules.md): "
                + violations.stream()
                        .map(v -> v.resource() + " " + v.elementId() + " [" + v.rule() + "] " + v.message())
                        .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<GuardViolation> violations() {
        return violations;
    }
}
