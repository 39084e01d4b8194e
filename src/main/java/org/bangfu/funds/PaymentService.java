package org.bangfu.funds;

import java.util.List;
import java.util.Optional;

import org.bangfu.organization.CurrentUser;

public interface PaymentService {

    /**
     * Records the payment of an approved case. Idempotent: a retried step returns the record made the first time.
     * Refuses a case that has no approval.
     */
    PaymentRecord recordPayment(long caseId);

    Optional<PaymentRecord> payment(long caseId);

    /** Payments in the user's subtree (finance, auditors, administrators), newest first. */
    List<PaymentRecord> payments(CurrentUser user, int limit);
}
