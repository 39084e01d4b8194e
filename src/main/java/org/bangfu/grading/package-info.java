/**
 * Grade assessment: computes the grading inputs of a case (per-capita monthly income against the local minimum
 * living standard, 低保, of its division and year) and asks the grade decision table for the grade. The table is
 * evaluated through {@link org.bangfu.grading.GradeDecisionEvaluator}, a port the process module implements with
 * the engine's DMN, so analysts change the rules without a code release. Every assessment stores its inputs and
 * the table version.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"identification", "organization", "shell", "shared"})
package org.bangfu.grading;
