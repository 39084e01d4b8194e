package org.bangfu.followup;

/** One file of a re-verification run: whether it is in the spot-check sample, its grades and the check result. */
public record ReverificationItem(long runId, long caseId, boolean sampled, String previousGrade, String newGrade,
                                 String spotCheck, String note, String checkedBy) {
}
