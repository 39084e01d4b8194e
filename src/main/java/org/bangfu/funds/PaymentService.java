package org.bangfu.funds;

import java.math.BigDecimal;
import java.util.List;

import org.bangfu.organization.CurrentUser;

/** Payment records. Every record has a unique idempotency key, so a retried process step never pays twice. */
public interface PaymentService {

    /** Pays an approved aid request (emergency relief included) and marks it paid; refuses an unapproved one. */
    PaymentRecord payAid(long aidRequestId);

    /** Pays month {@code month} of a gradual-exit period. */
    PaymentRecord payGradualExit(long caseId, long exitId, int month, BigDecimal amount);

    List<PaymentRecord> payments(long caseId);

    /** Payments in the user's subtree (finance, auditors, administrators), newest first. */
    List<PaymentRecord> payments(CurrentUser user, int limit);
}
