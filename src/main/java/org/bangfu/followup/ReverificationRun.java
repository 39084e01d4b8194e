package org.bangfu.followup;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A yearly re-verification of the open files of a unit's subtree with its stored seed and sample size. */
public record ReverificationRun(long id, int year, long unitId, long seed, BigDecimal sampleRatio, int fileCount,
                                int sampleCount, String startedBy, OffsetDateTime startedAt, int notifiedCount) {

    /** Whether every file of the run has been told to start its yearly review. */
    public boolean notifiedAll() {
        return notifiedCount >= fileCount;
    }
}
