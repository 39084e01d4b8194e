package org.bangfu.followup;

/** An exit assessment; the route is required when the outcome is exit or relieved. */
public record ExitAssessmentCommand(ExitOutcome outcome, Boolean causesGone, String note, ExitRoute route) {
}
