package org.bangfu.casework.ui;

import org.bangfu.identification.ui.HouseholdEditor;
import org.bangfu.shell.FieldErrors;
import jakarta.annotation.security.RolesAllowed;

import org.bangfu.casework.CaseIntake;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ResidentId;
import org.bangfu.shared.Sex;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

/**
 * The household application (困难职工建档申请): the applicant, then the household with its official fields and
 * members. Every refused field shows its message beside it and nothing is saved; a filed application opens its case.
 */
@Route("intake")
@Menu(order = 2, title = "menu.intake")
@RolesAllowed(Role.CASE_WORKER_NAME)
public class IntakeView extends VerticalLayout implements HasDynamicTitle {

    private final TextField workerName = new TextField();
    private final TextField residentId = new TextField();
    private final ComboBox<Sex> sex = new ComboBox<>();
    private final DatePicker birthDate = new DatePicker();
    private final TextField phone = new TextField();
    private final TextField employer = new TextField();
    private final ComboBox<HardshipCause> hardshipCause = new ComboBox<>();
    private final TextField bankCard = new TextField();
    private final TextField cardHolderName = new TextField();
    private final Checkbox confirmNonCard = new Checkbox();
    private final HouseholdEditor household = new HouseholdEditor();
    private final Button submit = new Button();
    final FieldErrors errors = new FieldErrors(this).showBeside(ConflictException.class, "residentId");

    private final CaseIntake intake;
    private final CurrentUsers users;

    public IntakeView(CaseIntake intake, CurrentUsers users) {
        this.intake = intake;
        this.users = users;
        FormLayout applicant = new FormLayout();
        field(applicant, "workerName", workerName);
        field(applicant, "residentId", residentId);
        field(applicant, "sex", sex);
        field(applicant, "birthDate", birthDate);
        field(applicant, "phone", phone);
        field(applicant, "employer", employer);
        field(applicant, "bankCard", bankCard);
        field(applicant, "cardHolderName", cardHolderName);
        confirmNonCard.setLabel(getTranslation("casework.intake.confirmNonCard"));
        confirmNonCard.setId("intake-confirmNonCard");
        applicant.add(confirmNonCard);
        field(applicant, "hardshipCause", hardshipCause);
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(v -> getTranslation("enum.Sex." + v));
        hardshipCause.setItems(HardshipCause.values());
        hardshipCause.setItemLabelGenerator(v -> getTranslation("enum.HardshipCause." + v));
        residentId.setHelperText(getTranslation("casework.intake.residentId.helper"));
        residentId.addValueChangeListener(e -> deriveFromResidentId());
        household.register(errors);
        // The older ids the browser journey types into.
        household.householdSize.setId("intake-householdSize");
        household.householdYearlyIncome.setId("intake-householdYearlyIncome");
        household.rigidExpenses.setId("intake-rigidExpenses");
        submit.setText(getTranslation("casework.intake.submit"));
        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        Details applicantSection = new Details(getTranslation("casework.intake.applicant"), applicant);
        applicantSection.setOpened(true);
        applicantSection.setWidthFull();
        add(new H2(getTranslation("casework.intake.title")), applicantSection, household, submit);
    }

    private void field(FormLayout form, String name, Component component) {
        component.setId("intake-" + name);
        ((HasLabel) component).setLabel(getTranslation("casework.intake." + name));
        errors.add(name, (HasValidation) component);
        form.add(component);
    }

    /** Birth date and sex follow from a valid resident ID; the case worker only confirms them. */
    private void deriveFromResidentId() {
        if (ResidentId.problemWith(residentId.getValue()).isEmpty()) {
            ResidentId id = new ResidentId(residentId.getValue().trim());
            birthDate.setValue(id.birthDate());
            sex.setValue(id.sex());
        }
    }

    public void submit() {
        IntakeCommand command = new IntakeCommand(workerName.getValue(), residentId.getValue(), sex.getValue(),
                birthDate.getValue(), phone.getValue(), employer.getValue(), household.householdSize.getValue(),
                household.householdYearlyIncome.getValue(), household.rigidExpenses.getValue(),
                hardshipCause.getValue(), bankCard.getValue(), cardHolderName.getValue(), confirmNonCard.getValue(),
                household.profile(), household.memberCommands());
        errors.run(() -> {
            HardshipCase filed = intake.file(command, users.require());
            Notification.show(getTranslation("casework.intake.filedApplication", filed.caseNo()));
            getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class, new RouteParameters("caseNo", filed.caseNo())));
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.intake.title");
    }
}
