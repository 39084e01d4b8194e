package org.bangfu.workflow.guard;

import java.util.function.Supplier;

/**
 * Marks the current thread as deploying an approved proposal, so that the engine-side guard lets that deployment
 * through. Any deployment outside a permit (and outside the start-up deployment of {@code bpmn/}) is refused.
 */
public final class DeploymentPermit {

    private static final ThreadLocal<Long> APPROVED_PROPOSAL = new ThreadLocal<>();

    private DeploymentPermit() {
    }

    /** Runs the deployment of an approved proposal. */
    public static <T> T deployApproved(long proposalId, Supplier<T> deployment) {
        Long previous = APPROVED_PROPOSAL.get();
        APPROVED_PROPOSAL.set(proposalId);
        try {
            return deployment.get();
        } finally {
            if (previous == null) {
                APPROVED_PROPOSAL.remove();
            } else {
                APPROVED_PROPOSAL.set(previous);
            }
        }
    }

    /** The approved proposal being deployed on this thread, or null. */
    public static Long current() {
        return APPROVED_PROPOSAL.get();
    }
}
