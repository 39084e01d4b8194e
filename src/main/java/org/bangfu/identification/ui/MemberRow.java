package org.bangfu.identification.ui;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.bangfu.identification.Health;
import org.bangfu.identification.MemberCommand;
import org.bangfu.identification.MemberStatus;
import org.bangfu.identification.Relation;
import org.bangfu.shell.ui.Texts;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

/** One household member as entered: name, relation, resident ID, health, monthly income, status, employer or school. */
public class MemberRow extends FormLayout {

    private final TextField name = new TextField();
    private final ComboBox<Relation> relation;
    private final TextField residentId = new TextField();
    private final ComboBox<Health> health;
    private final BigDecimalField monthlyIncome = new BigDecimalField();
    private final ComboBox<MemberStatus> status;
    private final TextField employerOrSchool = new TextField();
    private final Button remove = new Button();
    final Map<String, HasValidation> fields = new LinkedHashMap<>();

    MemberRow(Runnable onRemove) {
        name.setLabel(getTranslation("casework.household.member.name"));
        relation = Texts.enumBox(this, Relation.class, "casework.household.member.relation");
        residentId.setLabel(getTranslation("casework.intake.residentId"));
        health = Texts.enumBox(this, Health.class, "casework.household.member.health");
        health.setValue(Health.GOOD);
        monthlyIncome.setLabel(getTranslation("casework.household.member.monthlyIncome"));
        monthlyIncome.setValue(BigDecimal.ZERO);
        status = Texts.enumBox(this, MemberStatus.class, "casework.household.member.status");
        employerOrSchool.setLabel(getTranslation("casework.household.member.employerOrSchool"));
        remove.setText(getTranslation("casework.household.member.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        remove.addClickListener(click -> onRemove.run());
        fields.put("name", name);
        fields.put("relation", relation);
        fields.put("residentId", residentId);
        fields.put("health", health);
        fields.put("monthlyIncome", monthlyIncome);
        fields.put("status", status);
        fields.put("employerOrSchool", employerOrSchool);
        add(name, relation, residentId, health, monthlyIncome, status, employerOrSchool, remove);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 4));
        getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s)");
    }

    void number(int index) {
        setId("member-" + index);
        fields.forEach((field, component) -> ((com.vaadin.flow.component.Component) component)
                .setId("member-" + index + "-" + field));
        remove.setId("member-" + index + "-remove");
    }

    MemberCommand command() {
        return new MemberCommand(name.getValue(), relation.getValue(), residentId.getValue(), health.getValue(),
                monthlyIncome.getValue(), status.getValue(),
                employerOrSchool.getValue().isBlank() ? null : employerOrSchool.getValue());
    }
}
