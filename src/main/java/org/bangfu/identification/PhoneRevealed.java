package org.bangfu.identification;

import org.bangfu.shared.Audited;

/** A file's full phone number was shown, with the reason. */
public record PhoneRevealed(String actor, long caseId, long unitId, String reason) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "PHONE_REVEALED", caseId, unitId,
                reason);
    }
}
