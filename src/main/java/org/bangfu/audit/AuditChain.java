package org.bangfu.audit;

import org.bangfu.organization.CurrentUser;

/** The audit trail's hash chain, checked end to end (审计链校验). */
public interface AuditChain {

    /** Told how far a verification has come: rows checked so far, rows to check in all. */
    @FunctionalInterface
    interface Progress {
        void checked(long done, long total);
    }

    /**
     * Recomputes every row's hash in chain order, page by page, up to the chain head as it stood when the run began.
     * Auditors and administrators only. Stops at the first bad row.
     */
    ChainVerification verify(CurrentUser auditor, Progress progress);
}
