package org.bangfu.casework;

import java.util.List;
import java.util.Optional;

import org.bangfu.approval.ApprovalDecision;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.grading.GradeAssessment;
import org.bangfu.identification.HardshipCase;

/** Everything the case screen shows: the record, each stage's result, where the process stands and its history. */
public record CaseDetail(HardshipCase hardshipCase, String unitName, Optional<GradeAssessment> assessment,
                         Optional<ApprovalDecision> decision, Optional<PaymentRecord> payment,
                         List<String> currentSteps, List<TimelineEntry> timeline, List<String> completedSteps) {
}
