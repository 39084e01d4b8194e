package org.bangfu.approval;

/** What an approver decided: approve, reject (with a reason) or return for more information (with a reason). */
public enum Outcome {
    APPROVED, REJECTED, RETURNED
}
