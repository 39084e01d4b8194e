package org.bangfu.grading;

import java.util.List;
import java.util.Optional;

/** Grades cases and keeps the rule settings the grading reads. */
public interface GradingService {

    /**
     * Computes the inputs of the case (household, means check), evaluates the decision table, stores and returns the
     * assessment, and records the grade on the file. {@code purpose} is INTAKE or REVERIFICATION.
     */
    GradeAssessment assess(long caseId, String purpose);

    Optional<GradeAssessment> latestAssessment(long caseId);

    List<LivingStandard> livingStandards();

    /** The 低保 of the division, else of its city, else of its province; the latest year not after {@code year}. */
    LivingStandard livingStandard(String divisionCode, int year);
}
