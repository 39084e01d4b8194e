package org.bangfu.modeling;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A deployment waiting for (or past) its second pair of eyes: who proposed it and why, its resources with their
 * SHA-256, and who decided, when, and with which note; the engine's deployment id once approved.
 */
public record DeploymentProposal(long id, String author, String authorName, String reason, ProposalStatus status,
                                 OffsetDateTime createdAt, String decidedBy, String decidedByName,
                                 OffsetDateTime decidedAt, String decisionNote, String deploymentId,
                                 String deploymentName, List<Resource> resources) {

    public DeploymentProposal {
        resources = resources == null ? List.of() : List.copyOf(resources);
    }

    /** One proposed file: its name, size in bytes and SHA-256 (hex). */
    public record Resource(String name, int size, String sha256) {
    }
}
