package org.bangfu.campaign;

import org.bangfu.shared.Audited;

/** A model worker's full phone number was shown, with the reason. */
public record ModelWorkerPhoneRevealed(String actor, long unitId, long modelWorkerId,
                                       String reason) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "PHONE_REVEALED", null, unitId,
                "model worker " + modelWorkerId + ": " + reason);
    }
}
