package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.bangfu.Fixtures;
import org.bangfu.casework.ui.IntakeView;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.Health;
import org.bangfu.identification.MemberStatus;
import org.bangfu.identification.Relation;
import org.bangfu.identification.ui.HouseholdEditor;
import org.bangfu.identification.ui.MemberRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** Forms refuse control, direction and zero-width characters next to the field, and save nothing. */
class InputRulesScreensTest extends UiTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theIntakeFormRefusesHiddenCharactersBesideEachFieldAndSavesNothing() {
        login("cw_canyin");
        long before = jdbc.sql("SELECT COUNT(*) FROM hardship_case").query(Long.class).single();
        IntakeView view = UI.getCurrent().navigate(IntakeView.class).orElseThrow();
        var workerName = Widgets.find(view, TextField.class, "intake-workerName");
        workerName.setValue("王\u202E明小");
        Widgets.find(view, TextField.class, "intake-residentId").setValue(Fixtures.residentId());
        var phone = Widgets.find(view, TextField.class, "intake-phone");
        phone.setValue("13912345678");
        var employer = Widgets.find(view, TextField.class, "intake-employer");
        employer.setValue("豫香园\u0007餐饮");
        Widgets.find(view, ComboBox.class, "intake-hardshipCause").setValue(HardshipCause.DISABILITY);
        Widgets.find(view, TextField.class, "intake-bankCard").setValue(Fixtures.bankCard("621700000000123"));
        var cardHolderName = Widgets.find(view, TextField.class, "intake-cardHolderName");
        cardHolderName.setValue("王\u200B明小");
        Widgets.find(view, BigDecimalField.class, "intake-householdYearlyIncome").setValue(new BigDecimal("12000"));
        Widgets.find(view, BigDecimalField.class, "intake-rigidExpenses").setValue(BigDecimal.ZERO);
        Widgets.find(view, ComboBox.class, "household-health").setValue(Health.DISABLED);
        Widgets.find(view, TextField.class, "household-industry").setValue("餐饮业");
        Widgets.find(view, TextField.class, "household-hukouDivision").setValue("410102");
        Widgets.find(view, TextField.class, "household-address").setValue("郑州市中原区建设路1号");
        Widgets.find(view, TextArea.class, "household-situation").setValue("本人残疾，收入低");
        MemberRow member = Widgets.find(view, HouseholdEditor.class, "household-editor").addMember();
        Widgets.find(member, TextField.class, "member-0-name").setValue("王\u2066小红");
        Widgets.find(member, ComboBox.class, "member-0-relation").setValue(Relation.CHILD);
        Widgets.find(member, TextField.class, "member-0-residentId").setValue(Fixtures.residentId());
        Widgets.find(member, ComboBox.class, "member-0-status").setValue(MemberStatus.STUDENT);
        Widgets.find(member, TextField.class, "member-0-employerOrSchool").setValue("郑州市第一中学");
        _click(_get(Button.class, spec -> spec.withId("intake-submit")));

        assertThat(workerName.isInvalid()).isTrue();
        assertThat(workerName.getErrorMessage()).contains("U+202E", "第 2 个字符");
        assertThat(employer.isInvalid()).isTrue();
        assertThat(employer.getErrorMessage()).contains("U+0007");
        assertThat(cardHolderName.getErrorMessage()).contains("U+200B");
        assertThat(Widgets.find(member, TextField.class, "member-0-name").isInvalid()).isTrue();
        assertThat(Widgets.find(member, TextField.class, "member-0-name").getErrorMessage()).contains("U+2066");
        assertThat(phone.isInvalid()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hardship_case").query(Long.class).single()).isEqualTo(before);
    }
}
