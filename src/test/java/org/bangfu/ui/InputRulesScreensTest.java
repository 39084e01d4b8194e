package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import org.bangfu.Fixtures;
import org.bangfu.casework.ui.IntakeView;
import org.bangfu.identification.HardshipCause;
import org.bangfu.identification.ui.MemberRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
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
        MemberRow member = IntakeFormFill.household(view, "王\u2066小红");
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
