package org.bangfu.followup;

public record ExitAssessmentCommand(ExitOutcome outcome, Boolean causesGone, String note) {
}
