package org.bangfu.keys;

import org.bangfu.shared.Audited;

/** A key rotation finished: everything is encrypted under the target key. */
public record KeyRotationFinished(String actor, int targetKeyId, long rotationId) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "KEY_ROTATION_FINISHED", null, null,
                "k" + targetKeyId + " (rotation " + rotationId + ")");
    }
}
