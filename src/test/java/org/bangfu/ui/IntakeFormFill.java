package org.bangfu.ui;

import java.math.BigDecimal;

import org.bangfu.Fixtures;
import org.bangfu.casework.ui.IntakeView;
import org.bangfu.identification.Health;
import org.bangfu.identification.MemberStatus;
import org.bangfu.identification.Relation;
import org.bangfu.identification.ui.HouseholdEditor;
import org.bangfu.identification.ui.MemberRow;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Fills the household part of the intake screen as a case worker would: a disabled worker and a child at school. */
final class IntakeFormFill {

    private IntakeFormFill() {
    }

    /** The household with one member (a student child of that name); answers the member's row. */
    static MemberRow household(IntakeView view, String childName) {
        Widgets.find(view, BigDecimalField.class, "intake-householdYearlyIncome").setValue(new BigDecimal("12000"));
        Widgets.find(view, BigDecimalField.class, "intake-rigidExpenses").setValue(BigDecimal.ZERO);
        Widgets.find(view, ComboBox.class, "household-health").setValue(Health.DISABLED);
        Widgets.find(view, TextField.class, "household-industry").setValue("餐饮业");
        Widgets.find(view, TextField.class, "household-hukouDivision").setValue("410102");
        Widgets.find(view, TextField.class, "household-address").setValue("郑州市中原区建设路1号");
        Widgets.find(view, TextArea.class, "household-situation").setValue("本人残疾，收入低");
        MemberRow member = Widgets.find(view, HouseholdEditor.class, "household-editor").addMember();
        Widgets.find(member, TextField.class, "member-0-name").setValue(childName);
        Widgets.find(member, ComboBox.class, "member-0-relation").setValue(Relation.CHILD);
        Widgets.find(member, TextField.class, "member-0-residentId").setValue(Fixtures.residentId());
        Widgets.find(member, ComboBox.class, "member-0-status").setValue(MemberStatus.STUDENT);
        Widgets.find(member, TextField.class, "member-0-employerOrSchool").setValue("郑州市第一中学");
        return member;
    }
}
