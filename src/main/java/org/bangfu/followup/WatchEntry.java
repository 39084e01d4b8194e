package org.bangfu.followup;

import java.time.LocalDate;

/** An exited household on the relapse watch-list. */
public record WatchEntry(long caseId, String caseNo, String workerName, LocalDate watchedFrom, LocalDate watchedUntil,
                         String status, Long relapseCaseId) {
}
