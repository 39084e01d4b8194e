package org.bangfu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.bangfu.statistics.FormCode;
import org.bangfu.statistics.StatisticsFixture;
import org.bangfu.statistics.ui.PrintView;
import org.bangfu.statistics.ui.StatisticsView;
import org.bangfu.statistics.ui.SubmissionsView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.NativeTableRow;

/** The statistics screens browserless: an entered value refused next to its field, a drill-down, the parent's view. */
class StatisticsScreensTest extends UiTest {

    static final LocalDate FROM = LocalDate.of(2096, 1, 1);
    static final LocalDate TO = LocalDate.of(2096, 12, 31);

    @Autowired JdbcClient jdbc;

    @Test
    void anEnteredValueIsRefusedNextToItsFieldAndANumberOpensItsRecords() {
        StatisticsFixture f = new StatisticsFixture(jdbc);
        long c = f.hardshipCase("ST96-1", StatisticsFixture.ZHONGYUAN, "DEEP");
        f.aidPayment("st96-1", c, StatisticsFixture.ZHONGYUAN, "AID", "LIVING", "1234.00", "PAID",
                StatisticsFixture.at("2096-05-01T12:00:00"));
        login("cw_zhongyuan");
        StatisticsView view = UI.getCurrent().navigate(StatisticsView.class).orElseThrow();
        view.form.setValue(FormCode.CENTRE);
        view.from.setValue(FROM);
        view.to.setValue(TO);
        view.refresh();
        assertThat(view.numbers.get("F1").getText()).isEqualTo("1");
        assertThat(view.numbers.get("G1").getText()).isEqualTo("0.12");
        view.fields.get("D").setValue(new BigDecimal("4"));
        view.fields.get("D1").setValue(new BigDecimal("5"));
        view.fields.get("C").setValue(new BigDecimal("1.5"));
        view.save.click();
        assertThat(view.fields.get("D1").isInvalid()).isTrue();
        assertThat(view.fields.get("D1").getErrorMessage()).contains("D");
        assertThat(view.fields.get("C").isInvalid()).isTrue();
        assertThat(view.fields.get("D").isInvalid()).isFalse();

        view.numbers.get("F1").click();
        Dialog dialog = view.drillDialog;
        assertThat(dialog.isOpened()).isTrue();
        assertThat(GridKt._size(view.drillGrid)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.drillGrid, 0))).contains("ST96-1", "1,234.00");

        view.fields.get("D1").setValue(new BigDecimal("3"));
        view.fields.get("C").setValue(new BigDecimal("2"));
        view.save.click();
        assertThat(view.fields.get("D1").getValue()).isEqualByComparingTo("3");
        view.submit.click();
        assertThat(view.status.getText()).contains("1");
        assertThat(view.save.isEnabled()).isFalse();

        login("approver_zhengzhou");
        SubmissionsView parent = UI.getCurrent().navigate(SubmissionsView.class).orElseThrow();
        parent.form.setValue(FormCode.CENTRE);
        parent.from.setValue(FROM);
        parent.to.setValue(TO);
        parent.refresh();
        assertThat(GridKt._size(parent.children)).isGreaterThanOrEqualTo(2);
        assertThat(String.join(" ", GridKt._getFormattedRow(parent.children, 0))).contains("v1");

        UI.getCurrent().navigate("statistics/print", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                "form", "CENTRE", "unit", String.valueOf(StatisticsFixture.ZHONGYUAN), "from", "2096-01-01",
                "to", "2096-12-31")));
        PrintView print = (PrintView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(print.getElement().getOuterHTML()).contains("row-F1", "0.12");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(print, NativeTableRow.class)).isNotEmpty();
    }
}
