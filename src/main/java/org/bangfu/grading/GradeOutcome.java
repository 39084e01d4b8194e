package org.bangfu.grading;

/**
 * The decision table's answer, the refusal reason code when not eligible (empty otherwise), and which deployed
 * version of the table gave it.
 */
public record GradeOutcome(Grade grade, String reason, String decisionKey, int decisionVersion,
                           String decisionDefinitionId) {
}
