package org.bangfu.grading;

/** The decision table's answer and which deployed version of the table gave it. */
public record GradeOutcome(Grade grade, String decisionKey, int decisionVersion, String decisionDefinitionId) {
}
