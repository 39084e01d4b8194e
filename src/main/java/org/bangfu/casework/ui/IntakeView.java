package org.bangfu.casework.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.casework.CaseIntake;
import org.bangfu.identification.AidType;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.bangfu.shared.ResidentId;
import org.bangfu.shared.Sex;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/** Intake (登记): a case worker files a case; every refused field shows its message beside it. */
@Route("intake")
@Menu(order = 2, title = "menu.intake")
@RolesAllowed(Role.CASE_WORKER_NAME)
public class IntakeView extends VerticalLayout implements HasDynamicTitle {

    public final TextField workerName = new TextField();
    public final TextField residentId = new TextField();
    public final ComboBox<Sex> sex = new ComboBox<>();
    public final DatePicker birthDate = new DatePicker();
    public final TextField phone = new TextField();
    public final TextField employer = new TextField();
    public final IntegerField householdSize = new IntegerField();
    public final BigDecimalField householdYearlyIncome = new BigDecimalField();
    public final BigDecimalField rigidExpenses = new BigDecimalField();
    public final ComboBox<HardshipCause> hardshipCause = new ComboBox<>();
    public final TextField bankCard = new TextField();
    public final ComboBox<AidType> aidType = new ComboBox<>();
    public final BigDecimalField requestedAmount = new BigDecimalField();
    public final Button submit = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    private final CaseIntake intake;
    private final CurrentUsers users;

    public IntakeView(CaseIntake intake, CurrentUsers users) {
        this.intake = intake;
        this.users = users;
        FormLayout form = new FormLayout();
        field(form, "workerName", workerName);
        field(form, "residentId", residentId);
        field(form, "sex", sex);
        field(form, "birthDate", birthDate);
        field(form, "phone", phone);
        field(form, "employer", employer);
        field(form, "householdSize", householdSize);
        field(form, "householdYearlyIncome", householdYearlyIncome);
        field(form, "rigidExpenses", rigidExpenses);
        field(form, "hardshipCause", hardshipCause);
        field(form, "bankCard", bankCard);
        field(form, "aidType", aidType);
        field(form, "requestedAmount", requestedAmount);
        sex.setItems(Sex.values());
        sex.setItemLabelGenerator(v -> getTranslation("enum.Sex." + v));
        hardshipCause.setItems(HardshipCause.values());
        hardshipCause.setItemLabelGenerator(v -> getTranslation("enum.HardshipCause." + v));
        aidType.setItems(AidType.values());
        aidType.setItemLabelGenerator(v -> getTranslation("enum.AidType." + v));
        residentId.setHelperText(getTranslation("casework.intake.residentId.helper"));
        residentId.addValueChangeListener(e -> deriveFromResidentId());
        submit.setText(getTranslation("casework.intake.submit"));
        submit.setId("intake-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());
        add(new H2(getTranslation("casework.intake.title")), form, submit);
    }

    private void field(FormLayout form, String name, com.vaadin.flow.component.Component component) {
        component.setId("intake-" + name);
        ((com.vaadin.flow.component.HasLabel) component).setLabel(getTranslation("casework.intake." + name));
        fields.put(name, (HasValidation) component);
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

    void submit() {
        fields.values().forEach(f -> f.setInvalid(false));
        IntakeCommand command = new IntakeCommand(workerName.getValue(), residentId.getValue(), sex.getValue(),
                birthDate.getValue(), phone.getValue(), employer.getValue(), householdSize.getValue(),
                householdYearlyIncome.getValue(), rigidExpenses.getValue(), hardshipCause.getValue(),
                bankCard.getValue(), null, java.util.List.of());
        try {
            HardshipCase filed = intake.file(command, users.require());
            Notification.show(getTranslation("casework.intake.filed", filed.caseNo(),
                    getTranslation("enum.Grade." + filed.grade())));
            getUI().ifPresent(ui -> ui.navigate(CaseDetailView.class,
                    new com.vaadin.flow.router.RouteParameters("caseNo", filed.caseNo())));
        } catch (InvalidInputException refused) {
            refused.errors().forEach(this::show);
        } catch (ConflictException duplicate) {
            show(FieldError.of("residentId", duplicate.messageKey(), duplicate.args().toArray()));
        }
    }

    private void show(FieldError error) {
        HasValidation field = fields.get(error.field());
        String message = getTranslation(error.messageKey(), error.args().toArray());
        if (field == null) {
            Notification.show(message);
            return;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("casework.intake.title");
    }
}
