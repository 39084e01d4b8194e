package org.bangfu.casework.process;

/** Ids of the BPMN and DMN elements the code refers to; they mirror {@code bpmn/*.bpmn}. */
public final class ProcessIds {

    public static final String HARDSHIP_CASE_PROCESS = "HardshipCaseProcess";
    public static final String GRADE_DECISION = "GradeDecision";

    public static final String TASK_ASSESS_GRADE = "Task_AssessGrade";
    public static final String TASK_APPROVE_AID = "Task_ApproveAid";
    public static final String TASK_RECORD_PAYMENT = "Task_RecordPayment";
    public static final String END_NOT_ELIGIBLE = "EndEvent_NotEligible";
    public static final String END_CASE_REJECTED = "EndEvent_CaseRejected";
    public static final String END_AID_PAID = "EndEvent_AidPaid";

    /** Process variables: references and gateway flags only. */
    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_APPROVER_GROUP = "approverGroup";
    public static final String VAR_APPROVAL_DUE_DATE = "approvalDueDate";
    public static final String VAR_ELIGIBLE = "eligible";
    public static final String VAR_GRADE = "grade";
    public static final String VAR_APPROVED = "approved";

    private ProcessIds() {
    }
}
