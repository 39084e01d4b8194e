package org.bangfu.grading;

/** Port to the grade decision table; implemented by the process module on the engine's DMN. */
public interface GradeDecisionEvaluator {

    GradeOutcome evaluate(GradeInputs inputs);
}
