package org.bangfu.grading;

/** A case was graded by the decision table. */
public record CaseGraded(long caseId, long unitId, Grade grade, int decisionVersion) {
}
