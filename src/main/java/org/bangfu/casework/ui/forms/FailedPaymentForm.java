package org.bangfu.casework.ui.forms;

import org.bangfu.funds.process.HandleFailedPaymentTask;
import org.bangfu.shell.ui.Texts;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.shell.Formats;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A payment the bank refused: finance sends it again in the next batch (after correcting the account: the holder
 * must be the worker) or cancels it with a reason, which releases the money.
 */
public class FailedPaymentForm extends TaskForm<HandleFailedPaymentTask> {

    private final RadioButtonGroup<Boolean> resend;
    private final TextField newAccountNumber = new TextField();
    private final TextField holderName = new TextField();
    private final Checkbox confirmNonCard = new Checkbox();
    private final TextArea reason = new TextArea();

    public FailedPaymentForm(TaskContext context) {
        super(context);
        String key = (String) context.task().ids().get(HandleFailedPaymentTask.PAYMENT_KEY);
        PaymentRecord line = context.services().payments.byKey(key).orElseThrow();
        add(new Paragraph(getTranslation("casework.form.failedPayment.summary", line.idempotencyKey(),
                Formats.money(line.amount()), line.payeeName(), line.cardMasked(),
                line.failureReason() == null ? "" : line.failureReason())));
        resend = errors.add("resend", Texts.choice(this, "casework.form.failedPayment.choice",
                "casework.form.failedPayment.resend", "casework.form.failedPayment.cancel"));
        resend.setId("failed-payment-resend");
        newAccountNumber.setLabel(getTranslation("casework.form.failedPayment.newAccount"));
        newAccountNumber.setHelperText(getTranslation("casework.form.failedPayment.newAccount.helper"));
        newAccountNumber.setId("failed-payment-account");
        errors.add("bankCard", newAccountNumber);
        holderName.setLabel(getTranslation("casework.intake.cardHolderName"));
        holderName.setId("failed-payment-holder");
        errors.add("cardHolderName", holderName);
        confirmNonCard.setId("failed-payment-confirm-non-card");
        confirmNonCard.setLabel(getTranslation("casework.intake.confirmNonCard"));
        reason.setLabel(getTranslation("casework.form.failedPayment.reason"));
        reason.setId("failed-payment-reason");
        errors.add("reason", reason);
        layout(resend, newAccountNumber, holderName, confirmNonCard, reason);
    }

    @Override
    protected void complete() {
        finish(new HandleFailedPaymentTask.FailedPayment(require(resend.getValue(), "resend"),
                newAccountNumber.getValue(), holderName.getValue(), confirmNonCard.getValue(), reason.getValue()));
    }
}
