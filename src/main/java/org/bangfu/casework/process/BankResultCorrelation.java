package org.bangfu.casework.process;

import java.util.Map;

import org.bangfu.funds.FundsFaults;
import org.bangfu.funds.PaymentOutcome;
import org.bangfu.funds.PaymentService;
import org.bangfu.workflow.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Hands the bank's answer on a payment line (and the cancellation of a line not yet sent) to the payment process
 * that waits for it: {@code Message_BankResult}, correlated by payment key with the outcome (PAID, FAILED,
 * CANCELLED), in a transaction of its own that also marks the outcome handed over, so an outcome is delivered exactly
 * once. It runs right after the funds transaction commits; the event publication registry keeps the event until this
 * listener has finished, so an outcome whose hand-over failed is handed over again by the retry run and on start
 * (docs/events.md).
 * <p>
 * This is Spring Modulith's {@code @ApplicationModuleListener} without {@code @Async}: the hand-over stays in the
 * thread that committed the result, as before, so the process has moved on when the import returns.
 */
@Component
class BankResultCorrelation {

    private static final Logger log = LoggerFactory.getLogger(BankResultCorrelation.class);

    private final PaymentService payments;
    private final Messages messages;
    private final FundsFaults faults;

    BankResultCorrelation(PaymentService payments, Messages messages, FundsFaults faults) {
        this.payments = payments;
        this.messages = messages;
        this.faults = faults;
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(PaymentOutcome outcome) {
        if (!payments.markSignalled(outcome.paymentId(), outcome.outcome())) {
            // handed over already, or the line has moved on since (re-sent): this answer is no longer news
            return;
        }
        int reached = messages.correlateAll(ProcessIds.MESSAGE_BANK_RESULT, ProcessIds.VAR_PAYMENT_KEY,
                outcome.idempotencyKey(), Map.of(ProcessIds.VAR_PAYMENT_OUTCOME, outcome.outcome().name()));
        if (reached == 0) {
            // A line is created in the transaction that makes its process wait, so no waiting process now means
            // none ever will (the process was ended another way): the outcome stays recorded as handed over.
            log.warn("No process waits for the outcome {} of {}", outcome.outcome(), outcome.idempotencyKey());
        }
        faults.after(FundsFaults.Step.SIGNAL);
    }
}
