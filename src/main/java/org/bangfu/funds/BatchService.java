package org.bangfu.funds;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.util.List;
import java.util.function.IntConsumer;

import org.bangfu.organization.CurrentUser;

/**
 * Bank batches: a finance officer gathers the unit's approved lines, a second finance officer or an approver
 * releases the batch after confirming its count and total, the bank file is exported (first export marks it sent),
 * and the bank's result file is imported all-or-nothing. Re-exporting, re-importing the same result, or importing
 * it twice at once never books anything twice.
 */
public interface BatchService {

    /** Gathers the given lines (or, when empty, every line the unit pays that waits for a batch). */
    PaymentBatch gather(List<Long> paymentIds, CurrentUser finance);

    /** Four eyes: someone other than the gatherer, who confirms the count and the total they checked. */
    PaymentBatch release(long batchId, Integer confirmedCount, BigDecimal confirmedTotal, CurrentUser user);

    /** The gatherer gives up an unreleased batch; its lines wait for the next one. */
    PaymentBatch discard(long batchId, CurrentUser user);

    /** The bank file in the configured layout; the first export marks the batch and its lines sent. */
    BankFile export(long batchId, Charset encoding, CurrentUser user);

    /**
     * Applies the bank's result file. Refused as a whole, with every problem and its line number (an
     * {@code InvalidInputException} whose fields are {@code line N}), when any line is malformed; {@code progress}
     * receives the number of lines checked so far.
     */
    ResultImport importResult(long batchId, byte[] file, Charset encoding, String fileName, CurrentUser user,
                              IntConsumer progress);

    List<PaymentBatch> batches(CurrentUser user);

    /** One page of the batches of the user's subtree, newest first (the batch list's lazy grid). */
    List<PaymentBatch> batches(CurrentUser user, int offset, int limit);

    /** How many batches the user's subtree holds. */
    int batchCount(CurrentUser user);

    PaymentBatch batch(long batchId, CurrentUser user);

    List<BatchLine> lines(long batchId, CurrentUser user);

    /** One page of a batch's lines in line order, after the same checks as {@link #lines(long, CurrentUser)}. */
    List<BatchLine> lines(long batchId, CurrentUser user, int offset, int limit);

    /** How many lines a batch holds, after the same checks. */
    int lineCount(long batchId, CurrentUser user);

    List<BatchReconciliation> reconciliation(CurrentUser user);

    /** One page of {@link #reconciliation(CurrentUser)}, newest batch first (the reconciliation screen's grid). */
    List<BatchReconciliation> reconciliation(CurrentUser user, int offset, int limit);

    int reconciliationCount(CurrentUser user);
}
