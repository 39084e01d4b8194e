package org.bangfu.casework;

import java.time.Instant;

import org.bangfu.shared.Audited;

/** A development shortcut ended a case's public notice now (its timer and when it was due). */
public record NoticeEndedEarly(String actor, long caseId, long unitId, String timerId, Instant due) implements Audited {

    @Override
    public Audited.Entry auditEntry() {
        return new Audited.Entry(actor, "NOTICE_ENDED_BY_DEV_TOOL", caseId, unitId,
                "notice timer " + timerId + " due " + due);
    }
}
