package org.bangfu.keys;

import org.bangfu.shared.Audited;

/** A key rotation to the current key started. */
public record KeyRotationStarted(String actor, int targetKeyId, long rotationId) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "KEY_ROTATION_STARTED", null, null,
                "k" + targetKeyId + " (rotation " + rotationId + ")");
    }
}
