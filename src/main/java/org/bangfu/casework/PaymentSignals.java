package org.bangfu.casework;

import java.util.List;

import org.bangfu.casework.process.ProcessIds;
import org.bangfu.funds.BankResultImported;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentRecorded;
import org.bangfu.funds.PaymentService;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.funds.FundsFaults;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands the bank's answers to the waiting payment processes: each outcome (PAID, FAILED, CANCELLED) is correlated
 * as {@code Message_BankResult} by payment key and marked handed over in the same transaction, so an outcome is
 * delivered exactly once. It runs right after a result import commits and on a schedule, which picks up whatever a
 * crash between the two left behind.
 */
@Component
public class PaymentSignals {

    private static final Logger log = LoggerFactory.getLogger(PaymentSignals.class);

    private final PaymentService payments;
    private final RuntimeService runtime;
    private final TransactionTemplate transactions;
    private final FundsFaults faults;

    PaymentSignals(PaymentService payments, RuntimeService runtime, org.springframework.transaction.PlatformTransactionManager transactionManager,
                   FundsFaults faults) {
        this.payments = payments;
        this.runtime = runtime;
        // after a commit the finished transaction is still bound: every delivery runs in a new one
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.faults = faults;
    }

    @TransactionalEventListener
    void on(BankResultImported imported) {
        signalAfterCommit();
    }

    @TransactionalEventListener
    void on(PaymentRecorded changed) {
        if (changed.status() == PaymentStatus.CANCELLED) {
            signalAfterCommit();
        }
    }

    /** The import has committed whatever happens here; what fails is picked up by the next scheduled run. */
    private void signalAfterCommit() {
        try {
            signalPending();
        } catch (RuntimeException e) {
            log.warn("Bank results not yet handed to their processes, the next run retries: {}", e.toString());
        }
    }

    @Scheduled(fixedDelayString = "${bangfu.funds.signal-interval:PT30S}",
            initialDelayString = "${bangfu.funds.signal-interval:PT30S}")
    void scheduled() {
        signalPending();
    }

    /** Delivers every outcome not yet delivered; returns how many reached a waiting process. */
    public int signalPending() {
        int delivered = 0;
        while (true) {
            List<PaymentRecord> outcomes = payments.outcomesToSignal(200);
            int round = 0;
            for (PaymentRecord outcome : outcomes) {
                Boolean done = transactions.execute(status -> deliver(outcome));
                if (Boolean.TRUE.equals(done)) {
                    round++;
                }
            }
            delivered += round;
            if (outcomes.isEmpty()) {
                return delivered;
            }
        }
    }

    private boolean deliver(PaymentRecord outcome) {
        int reached = runtime.createMessageCorrelation(ProcessIds.MESSAGE_BANK_RESULT)
                .processInstanceVariableEquals(ProcessIds.VAR_PAYMENT_KEY, outcome.idempotencyKey())
                .setVariable(ProcessIds.VAR_PAYMENT_OUTCOME, outcome.status().name())
                .correlateAllWithResult().size();
        if (reached == 0) {
            // A line is created in the transaction that makes its process wait, so no waiting process now means
            // none ever will (the process was ended another way): the outcome is recorded as handed over.
            log.warn("No process waits for the outcome {} of {}", outcome.status(), outcome.idempotencyKey());
        }
        payments.markSignalled(outcome.id(), outcome.status());
        faults.after(FundsFaults.Step.SIGNAL);
        return reached > 0;
    }
}
