package org.bangfu.funds;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import org.bangfu.identification.AidType;
import org.bangfu.organization.CurrentUser;

/**
 * Payment lines (GUIDE.md section 7). A line is created with the approval that grants the money, in the same
 * transaction: it takes its idempotency key ({@code aid-<request>}, {@code exit-<assessment>-<month>}) and reserves
 * the amount on an allocation the file may draw on (its unit's, or the nearest ancestor's when the rule
 * {@code grant.drawFromAncestor} allows; earmarks respected). Calling again with the same key returns the same line
 * and books nothing.
 */
public interface PaymentService {

    /** The payment line of an approved aid request (emergency relief included); refuses an unapproved one. */
    PaymentRecord approveAid(long aidRequestId, String approvedBy);

    /** The payment line of month {@code month} of a gradual-exit period. */
    PaymentRecord approveGradualExit(long caseId, long exitId, int month, BigDecimal amount, String approvedBy);

    /**
     * The payment line of any other approved grant (e.g. a warmth-campaign gift): created once per key, in the
     * caller's transaction, reserving the amount on an allocation the file may draw on for that aid type.
     */
    PaymentRecord approveGrant(long caseId, String purpose, AidType aidType, BigDecimal amount, String idempotencyKey,
                               String approvedBy);

    /** The same, drawing on allocations of the given fund year (a campaign paid from its own year's money). */
    PaymentRecord approveGrant(long caseId, String purpose, AidType aidType, BigDecimal amount, String idempotencyKey,
                               String approvedBy, int fundYear);

    /**
     * The payment line of a grant to a payee without a hardship file (a warmth-campaign recipient: a model worker, a
     * person or an organisation entered for the campaign). Real name: the account holder must be the payee. The
     * account and phone travel with the line; the amount is reserved from the payee's unit up like a local file's
     * grant (no money earmarked for national files), on allocations of {@code fundYear} (this year when null).
     * Created once per key, in the caller's transaction.
     */
    PaymentRecord approvePayeeGrant(PayeeGrant grant);

    /** A grant to a payee without a file. */
    record PayeeGrant(long unitId, Long campaignId, String payeeName, String phone,
                      org.bangfu.shared.BankAccount account, String purpose, AidType aidType, BigDecimal amount,
                      String idempotencyKey, String approvedBy, Integer fundYear) {
    }

    Optional<PaymentRecord> byKey(String idempotencyKey);

    List<PaymentRecord> payments(long caseId);

    /** Payments in the user's subtree (finance, auditors, administrators), newest first. */
    List<PaymentRecord> payments(CurrentUser user, int limit);

    /** One page of the payments of the user's subtree, newest first (the payment list's lazy grid). */
    List<PaymentRecord> paymentPage(CurrentUser user, int offset, int limit);

    /** How many payments the user's subtree holds (finance, auditors, administrators). */
    int paymentCount(CurrentUser user);

    /** Lines the user's unit pays that wait for a batch (finance of that unit). */
    List<PaymentRecord> awaitingBatch(CurrentUser user);

    /** Lines the bank refused, in the user's subtree (finance). */
    List<PaymentRecord> failed(CurrentUser user);

    /** A failed line goes out again in the next batch (finance of the paying unit, after fixing the account). */
    PaymentRecord resend(String idempotencyKey, CurrentUser user);

    /** A failed or unbatched line is cancelled and its reservation released (finance of the paying unit). */
    PaymentRecord cancel(String idempotencyKey, String reason, CurrentUser user);

    /**
     * Marks the outcome {@code status} of the line as handed to its waiting process; answers false when it was handed
     * over already or the line no longer has that status (it was re-sent), so an outcome is never handed over twice.
     * Called in the transaction that hands it over.
     */
    boolean markSignalled(long paymentId, PaymentStatus status);
}
