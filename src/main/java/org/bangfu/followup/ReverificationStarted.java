package org.bangfu.followup;

import org.bangfu.shared.Audited;

/** A yearly re-verification started: the year, the sample drawn from the open files, the seed. */
public record ReverificationStarted(String actor, long unitId, int year, int sampled, int open,
                                    long seed) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "REVERIFICATION_STARTED", null, unitId,
                year + ": " + sampled + "/" + open + " seed " + seed);
    }
}
