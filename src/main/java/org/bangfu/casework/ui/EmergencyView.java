package org.bangfu.casework.ui;

import org.bangfu.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;

import org.bangfu.casework.CaseIntake;
import org.bangfu.identification.EmergencyCommand;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/**
 * Emergency relief (一事一议、先行救助): who, why, the card, and the one-off amount and purpose. The county decides
 * fast and pays first; the household is completed afterwards from the inbox.
 */
@Route("emergency")
@Menu(order = 2.5, title = "menu.emergency")
@RolesAllowed(Role.CASE_WORKER_NAME)
public class EmergencyView extends VerticalLayout implements HasDynamicTitle {

    private final TextField workerName = new TextField();
    private final TextField residentId = new TextField();
    private final TextField phone = new TextField();
    private final TextField employer = new TextField();
    private final ComboBox<HardshipCause> hardshipCause;
    private final TextArea situation = new TextArea();
    private final TextField bankCard = new TextField();
    private final TextField cardHolderName = new TextField();
    private final Checkbox confirmNonCard = new Checkbox();
    private final BigDecimalField amount = new BigDecimalField();
    private final TextArea purpose = new TextArea();
    private final Button submit = new Button();
    final FieldErrors errors = new FieldErrors(this).showBeside(ConflictException.class, "residentId");

    private final CaseIntake intake;
    private final CurrentUsers users;

    public EmergencyView(CaseIntake intake, CurrentUsers users) {
        this.intake = intake;
        this.users = users;
        hardshipCause = Texts.enumBox(this, HardshipCause.class, "casework.intake.hardshipCause");
        workerName.setLabel(getTranslation("casework.intake.workerName"));
        residentId.setLabel(getTranslation("casework.intake.residentId"));
        phone.setLabel(getTranslation("casework.intake.phone"));
        employer.setLabel(getTranslation("casework.intake.employer"));
        situation.setLabel(getTranslation("casework.emergency.situation"));
        bankCard.setLabel(getTranslation("casework.intake.bankCard"));
        cardHolderName.setLabel(getTranslation("casework.intake.cardHolderName"));
        confirmNonCard.setLabel(getTranslation("casework.intake.confirmNonCard"));
        confirmNonCard.setId("emergency-confirmNonCard");
        amount.setLabel(getTranslation("casework.emergency.amount"));
        purpose.setLabel(getTranslation("casework.emergency.purpose"));
        errors.add("workerName", workerName).setId("emergency-workerName");
        errors.add("residentId", residentId).setId("emergency-residentId");
        errors.add("phone", phone).setId("emergency-phone");
        errors.add("employer", employer).setId("emergency-employer");
        errors.add("hardshipCause", hardshipCause).setId("emergency-hardshipCause");
        errors.add("situation", situation).setId("emergency-situation");
        errors.add("bankCard", bankCard).setId("emergency-bankCard");
        errors.add("cardHolderName", cardHolderName).setId("emergency-cardHolderName");
        errors.add("amount", amount).setId("emergency-amount");
        errors.add("purpose", purpose).setId("emergency-purpose");
        submit.setText(getTranslation("casework.emergency.submit"));
        submit.setId("emergency-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        FormLayout form = new FormLayout(workerName, residentId, phone, employer, bankCard, cardHolderName, confirmNonCard,
                hardshipCause, situation,
                amount, purpose);
        add(new H2(getTranslation("casework.emergency.title")),
                new Paragraph(getTranslation("casework.emergency.help")), form, submit);
    }

    public void submit() {
        errors.run(() -> {
            HardshipCase filed = intake.fileEmergency(new EmergencyCommand(workerName.getValue(),
                    residentId.getValue(), phone.getValue(), employer.getValue(), hardshipCause.getValue(),
                    situation.getValue(), bankCard.getValue(), cardHolderName.getValue(), confirmNonCard.getValue()),
                    amount.getValue(), purpose.getValue(),
                    users.require());
            Notification.show(getTranslation("casework.emergency.filed", filed.caseNo()));
            getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class, new RouteParameters("caseNo", filed.caseNo())));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.emergency.title");
    }
}
