package org.bangfu.casework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangfu.approval.AidRequest;
import org.bangfu.approval.ApprovalStep;
import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.IncomeRecord;
import org.bangfu.followup.Visit;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.grading.GradeAssessment;
import org.bangfu.identification.AidType;
import org.bangfu.identification.Attachment;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.Household;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.Objection;
import org.bangfu.identification.VerificationVisit;

/**
 * Everything the case screen shows: the file and household, each stage's records, the aid granted this year per
 * type, where the processes stand ({@code diagram}: the main process's definition and its completed and current
 * steps) and the history from the engine and the audit trail.
 */
public record CaseDetail(HardshipCase hardshipCase, String unitName, Household household,
                         List<Attachment> attachments, Optional<VerificationVisit> homeVisit,
                         Optional<MeansCheck> meansCheck, List<Objection> objections,
                         Optional<GradeAssessment> assessment, List<ApprovalStep> approvals,
                         List<AidRequest> aidRequests, Map<AidType, BigDecimal> grantedThisYear,
                         List<PaymentRecord> payments, List<Visit> visits, List<IncomeRecord> incomes,
                         Optional<ExitAssessment> exit, Diagram diagram, List<String> currentSteps,
                         List<TimelineEntry> timeline) {

    /** The process a diagram shows: its definition id, and the ids of completed and current flow nodes. */
    public record Diagram(String processDefinitionId, List<String> completed, List<String> current) {
    }

    /** Ids of the completed flow nodes of the main process, for the diagram. */
    public List<String> completedSteps() {
        return diagram.completed();
    }

    /** Backwards-compatible view of the payments: the first one, if any. */
    public Optional<PaymentRecord> payment() {
        return payments.stream().findFirst();
    }
}
