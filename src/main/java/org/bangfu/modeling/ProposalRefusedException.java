package org.bangfu.modeling;

import java.util.List;

import org.bangfu.workflow.guard.GuardViolation;
import org.bangfu.shared.BangfuException;

/** A deployment refused outright (nothing stored): each violation names the resource, element id and rule. */
public class ProposalRefusedException extends BangfuException {

    private final transient List<GuardViolation> violations;

    public ProposalRefusedException(List<GuardViolation> violations) {
        super("deployment.error.refused", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<GuardViolation> violations() {
        return violations;
    }

    @Override
    public String getMessage() {
        return "deployment refused: " + summary(violations);
    }

    /** {@code elementId: rule (resource)} per violation, for messages a person and the Camunda Modeler's log show. */
    public static String summary(List<GuardViolation> violations) {
        return String.join("; ", violations.stream()
                .map(v -> v.elementId() + ": " + v.rule() + " (" + v.resource() + ") " + v.message()).toList());
    }
}
