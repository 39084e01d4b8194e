package org.bangfu.funds.process;

import java.util.Map;
import java.util.Set;

import org.bangfu.funds.PaymentService;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.CaseVariables;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/**
 * 处理退票: finance's answer to a payment the bank refused: re-send it in the next batch, after correcting the account
 * when a new one is given (holder = worker; a non-card account confirmed), or cancel it with a reason, which
 * releases the money. All in one transaction with the task.
 */
@Component
public class HandleFailedPaymentTask extends CaseTaskKind<HandleFailedPaymentTask.FailedPayment> {

    /** The process variable naming the payment (its idempotency key). */
    public static final String PAYMENT_KEY = "paymentKey";

    /**
     * Re-send (optionally to a corrected account: its holder must be the worker; {@code confirmNonCardAccount} for
     * an account that is not a card; why it changed) or cancel with the reason.
     */
    public record FailedPayment(boolean resend, String newAccountNumber, String holderName,
                                Boolean confirmNonCardAccount, String reason) {
    }

    private final PaymentService payments;
    private final IdentificationService files;

    HandleFailedPaymentTask(PaymentService payments, IdentificationService files) {
        super("Task_HandleFailedPayment", "handle-failed-payment", FailedPayment.class);
        this.payments = payments;
        this.files = files;
    }

    @Override
    public Role role() {
        return Role.FINANCE;
    }

    @Override
    public Set<String> variables() {
        return Set.of(CaseVariables.CASE_ID, PAYMENT_KEY);
    }

    @Override
    public Map<String, Object> complete(OpenTask task, FailedPayment command, CurrentUser user) {
        String key = task.stringVariable(PAYMENT_KEY);
        if (command.resend()) {
            if (command.newAccountNumber() != null && !command.newAccountNumber().isBlank()) {
                files.changeBankAccount(caseId(task), command.newAccountNumber(), command.holderName(),
                        Boolean.TRUE.equals(command.confirmNonCardAccount()), command.reason(), user);
            }
            payments.resend(key, user);
        } else {
            payments.cancel(key, command.reason(), user);
        }
        return Map.of("failedPaymentDecision", command.resend() ? "RESEND" : "CANCEL",
                "paymentOutcome", command.resend() ? "FAILED" : "CANCELLED");
    }
}
