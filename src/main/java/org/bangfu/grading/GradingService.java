package org.bangfu.grading;

import java.util.List;
import java.util.Optional;

/** Grades cases and keeps the rule settings the grading reads. */
public interface GradingService {

    /** Computes the inputs of the case, evaluates the decision table, stores and returns the assessment. */
    GradeAssessment assess(long caseId);

    Optional<GradeAssessment> latestAssessment(long caseId);

    List<LivingStandard> livingStandards();
}
