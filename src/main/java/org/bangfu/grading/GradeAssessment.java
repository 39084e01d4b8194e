package org.bangfu.grading;

import java.time.OffsetDateTime;

/** One stored assessment: inputs, result and table version. */
public record GradeAssessment(long caseId, GradeInputs inputs, GradeOutcome outcome, OffsetDateTime assessedAt) {
}
