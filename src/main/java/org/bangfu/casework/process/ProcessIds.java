package org.bangfu.casework.process;

/** Ids of the BPMN and DMN elements the code refers to; they mirror {@code bpmn/*.bpmn}. */
public final class ProcessIds {

    public static final String HARDSHIP_CASE_PROCESS = "HardshipCaseProcess";
    public static final String AID_REQUEST_PROCESS = "AidRequestProcess";
    public static final String EMERGENCY_RELIEF_PROCESS = "EmergencyReliefProcess";
    public static final String YEARLY_REVIEW_PROCESS = "YearlyReviewProcess";
    /** One follow-up period of an open file: from the opening or a yearly review to the next. */
    public static final String FOLLOW_UP_PROCESS = "FollowUpProcess";
    public static final String FOLLOW_UP_VISIT_PROCESS = "FollowUpVisitProcess";
    /** The yearly review of one file. */
    public static final String CASE_REVIEW_PROCESS = "CaseReviewProcess";
    public static final String EXIT_PROCESS = "ExitProcess";
    /** The processes that carry a file from its application to its exit, one after another. */
    public static final java.util.List<String> FILE_LINE = java.util.List.of(HARDSHIP_CASE_PROCESS, FOLLOW_UP_PROCESS,
            EXIT_PROCESS);
    public static final String PAYMENT_PROCESS = "PaymentProcess";
    public static final String TASK_HANDLE_FAILED_PAYMENT = "Task_HandleFailedPayment";
    public static final String MESSAGE_BANK_RESULT = "Message_BankResult";
    public static final String END_PAYMENT_CANCELLED = "EndEvent_PaymentCancelled";
    public static final String GRADE_DECISION = "GradeDecision";
    public static final String APPROVAL_TIER_DECISION = "ApprovalTierDecision";

    public static final String TASK_FIRST_REVIEW = "Task_FirstReview";
    public static final String TASK_HOME_VISIT = "Task_HomeVisit";
    public static final String TASK_MEANS_CHECK = "Task_MeansCheck";
    public static final String TASK_RESOLVE_OBJECTION = "Task_ResolveObjection";
    public static final String TASK_APPROVE_FILE = "Task_ApproveFile";
    public static final String TASK_PROVIDE_INFO = "Task_ProvideInfo";
    public static final String TASK_ASSESS_EXIT = "Task_AssessExit";
    public static final String TASK_APPROVE_EXIT = "Task_ApproveExit";
    public static final String TASK_FOLLOW_UP_VISIT = "Task_FollowUpVisit";
    public static final String TASK_YEARLY_REVIEW = "Task_YearlyReview";
    public static final String TASK_SPOT_CHECK = "Task_SpotCheck";
    public static final String TASK_CALL_BACK = "Task_CallBack";
    public static final String TASK_APPROVE_AID = "Task_ApproveAid";
    public static final String TASK_REVISE_AID_REQUEST = "Task_ReviseAidRequest";
    public static final String TASK_APPROVE_EMERGENCY = "Task_ApproveEmergency";
    public static final String TASK_COMPLETE_EMERGENCY_FILE = "Task_CompleteEmergencyFile";
    public static final String TASK_ASSESS_GRADE = "Task_AssessGrade";
    public static final String SUBPROCESS_PUBLIC_NOTICE = "SubProcess_PublicNotice";
    public static final String SUBPROCESS_WATCH_LIST = "SubProcess_WatchList";
    public static final String EVENT_EXIT_REQUESTED = "Event_ExitRequested";

    public static final String END_REFUSED = "EndEvent_Refused";
    public static final String END_NOT_ELIGIBLE = "EndEvent_NotEligible";
    public static final String END_FILE_REJECTED = "EndEvent_FileRejected";
    public static final String END_REFUSED_AFTER_OBJECTION = "EndEvent_RefusedAfterObjection";
    public static final String END_FILE_OPENED = "EndEvent_FileOpened";
    public static final String END_EXIT_ASSESSING = "EndEvent_ExitAssessing";
    public static final String END_FOLLOW_UP_RESUMED = "EndEvent_FollowUpResumed";
    public static final String END_PERIOD_ENDED = "EndEvent_PeriodEnded";
    public static final String END_RELAPSED = "EndEvent_Relapsed";
    public static final String END_WATCH_ENDED = "EndEvent_WatchEnded";
    public static final String END_AID_PAID = "EndEvent_AidPaid";
    public static final String END_AID_REJECTED = "EndEvent_AidRejected";
    public static final String END_AID_WITHDRAWN = "EndEvent_AidWithdrawn";
    public static final String END_CONVERTED = "EndEvent_Converted";
    public static final String END_CANCELLED = "EndEvent_Cancelled";
    public static final String END_EMERGENCY_REJECTED = "EndEvent_EmergencyRejected";

    public static final String MESSAGE_OBJECTION_LODGED = "Message_ObjectionLodged";
    public static final String MESSAGE_EXIT_REQUESTED = "Message_ExitRequested";
    public static final String MESSAGE_YEARLY_REVIEW = "Message_YearlyReview";
    public static final String MESSAGE_RELAPSE_REPORTED = "Message_RelapseReported";
    public static final String MESSAGE_REVIEW_REQUESTED = "Message_ReviewRequested";

    /** Process variables: references and gateway flags only. */
    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_AID_REQUEST_ID = "aidRequestId";
    public static final String VAR_CASEWORKER_GROUP = "caseworkerGroup";
    public static final String VAR_APPROVER_GROUP = "approverGroup";
    public static final String VAR_TIER = "tier";
    public static final String VAR_TIER_PENDING = "tierPending";
    public static final String VAR_NEEDS_FIRST_REVIEW = "needsFirstReview";
    public static final String VAR_NEEDS_HOME_VISIT = "needsHomeVisit";
    public static final String VAR_FIRST_REVIEW_PASSED = "firstReviewPassed";
    public static final String VAR_ELIGIBLE = "eligible";
    public static final String VAR_NOTICE_ENDS = "noticeEnds";
    public static final String VAR_OBJECTION_UPHELD = "objectionUpheld";
    public static final String VAR_FILE_DECISION = "fileDecision";
    public static final String VAR_AID_DECISION = "aidDecision";
    public static final String VAR_RESUBMITTED = "resubmitted";
    public static final String VAR_VISIT_CYCLE = "visitCycle";
    public static final String VAR_EXIT_OUTCOME = "exitOutcome";
    public static final String VAR_EXIT_APPROVED = "exitApproved";
    public static final String VAR_EXIT_ID = "exitId";
    public static final String VAR_SAMPLED = "sampled";
    public static final String VAR_GRADUAL_DONE = "gradualDone";
    public static final String VAR_WATCH_UNTIL = "watchUntil";
    public static final String VAR_CALL_BACK_CYCLE = "callBackCycle";
    public static final String VAR_FILE_COMPLETED = "fileCompleted";
    public static final String VAR_REFUSAL_REASON = "refusalReason";
    /** The idempotency key of the payment line a payment sub-process waits for; the bank result correlates on it. */
    public static final String VAR_PAYMENT_KEY = "paymentKey";
    public static final String VAR_FINANCE_GROUP = "financeGroup";
    /** PAID, FAILED or CANCELLED: what the bank (or finance) made of the line. */
    public static final String VAR_PAYMENT_OUTCOME = "paymentOutcome";
    /** RESEND or CANCEL: finance's decision on a refused payment. */
    public static final String VAR_FAILED_PAYMENT_DECISION = "failedPaymentDecision";
    /** Who approved last: the payment line records it. */
    public static final String VAR_LAST_APPROVER = "lastApprover";
    /** How many batches a yearly review run's files are told in; each Task_NotifyFiles instance tells one. */
    public static final String VAR_NOTIFY_BATCHES = "notifyBatchCount";
    /** The engine's counter of a multi-instance activity: which batch an instance tells. */
    public static final String VAR_LOOP_COUNTER = "loopCounter";
    public static final String VAR_RUN_ID = "runId";
    public static final String VAR_REVIEW_YEAR = "reviewYear";
    public static final String VAR_REVIEW_UNIT_ID = "reviewUnitId";
    public static final String VAR_REVIEW_SEED = "reviewSeed";
    public static final String VAR_STARTED_BY = "startedBy";

    private ProcessIds() {
    }
}
