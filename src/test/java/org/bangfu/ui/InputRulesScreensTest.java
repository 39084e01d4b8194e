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
import org.bangfu.identification.ui.MemberRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

/** Forms refuse control, direction and zero-width characters next to the field, and save nothing. */
class InputRulesScreensTest extends UiTest {

    @Autowired JdbcClient jdbc;

    @Test
    void theIntakeFormRefusesHiddenCharactersBesideEachFieldAndSavesNothing() {
        login("cw_canyin");
        long before = jdbc.sql("SELECT COUNT(*) FROM hardship_case").query(Long.class).single();
        IntakeView view = UI.getCurrent().navigate(IntakeView.class).orElseThrow();
        view.workerName.setValue("王\u202E明小");
        view.residentId.setValue(Fixtures.residentId());
        view.phone.setValue("13912345678");
        view.employer.setValue("豫香园\u0007餐饮");
        view.hardshipCause.setValue(HardshipCause.DISABILITY);
        view.bankCard.setValue(Fixtures.bankCard("621700000000123"));
        view.cardHolderName.setValue("王\u200B明小");
        view.household.householdYearlyIncome.setValue(new BigDecimal("12000"));
        view.household.rigidExpenses.setValue(BigDecimal.ZERO);
        view.household.health.setValue(Health.DISABLED);
        view.household.industry.setValue("餐饮业");
        view.household.hukouDivision.setValue("410102");
        view.household.address.setValue("郑州市中原区建设路1号");
        view.household.situation.setValue("本人残疾，收入低");
        MemberRow member = view.household.addMember();
        member.name.setValue("王\u2066小红");
        member.relation.setValue(Relation.CHILD);
        member.residentId.setValue(Fixtures.residentId());
        member.status.setValue(MemberStatus.STUDENT);
        member.employerOrSchool.setValue("郑州市第一中学");
        _click(_get(Button.class, spec -> spec.withId("intake-submit")));

        assertThat(view.workerName.isInvalid()).isTrue();
        assertThat(view.workerName.getErrorMessage()).contains("U+202E", "第 2 个字符");
        assertThat(view.employer.isInvalid()).isTrue();
        assertThat(view.employer.getErrorMessage()).contains("U+0007");
        assertThat(view.cardHolderName.getErrorMessage()).contains("U+200B");
        assertThat(member.name.isInvalid()).isTrue();
        assertThat(member.name.getErrorMessage()).contains("U+2066");
        assertThat(view.phone.isInvalid()).isFalse();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM hardship_case").query(Long.class).single()).isEqualTo(before);
    }
}
