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
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.BigDecimalField;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

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
        Widgets.find(view, ComboBox.class, "statistics-form").setValue(FormCode.CENTRE);
        Widgets.find(view, DatePicker.class, "statistics-from").setValue(FROM);
        Widgets.find(view, DatePicker.class, "statistics-to").setValue(TO);
        view.refresh();
        assertThat(number(view, "F1").getText()).isEqualTo("1");
        assertThat(number(view, "G1").getText()).isEqualTo("0.12");
        entered(view, "D").setValue(new BigDecimal("4"));
        entered(view, "D1").setValue(new BigDecimal("5"));
        entered(view, "C").setValue(new BigDecimal("1.5"));
        var save = Widgets.find(view, Button.class, "statistics-save");
        save.click();
        assertThat(entered(view, "D1").isInvalid()).isTrue();
        assertThat(entered(view, "D1").getErrorMessage()).contains("D");
        assertThat(entered(view, "C").isInvalid()).isTrue();
        assertThat(entered(view, "D").isInvalid()).isFalse();

        number(view, "F1").click();
        Dialog dialog = _get(Dialog.class, spec -> spec.withId("statistics-drill-dialog"));
        assertThat(dialog.isOpened()).isTrue();
        assertThat(GridKt._size(Widgets.find(dialog, Grid.class, "statistics-drill"))).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(Widgets.find(dialog, Grid.class, "statistics-drill"), 0))).contains("ST96-1", "1,234.00");

        entered(view, "D1").setValue(new BigDecimal("3"));
        entered(view, "C").setValue(new BigDecimal("2"));
        save.click();
        assertThat(entered(view, "D1").getValue()).isEqualByComparingTo("3");
        Widgets.find(view, Button.class, "statistics-submit").click();
        assertThat(Widgets.find(view, Span.class, "statistics-status").getText()).contains("1");
        assertThat(save.isEnabled()).isFalse();

        login("approver_zhengzhou");
        SubmissionsView parent = UI.getCurrent().navigate(SubmissionsView.class).orElseThrow();
        Widgets.find(parent, ComboBox.class, "submissions-form").setValue(FormCode.CENTRE);
        Widgets.find(parent, DatePicker.class, "submissions-from").setValue(FROM);
        Widgets.find(parent, DatePicker.class, "submissions-to").setValue(TO);
        parent.refresh();
        var children = Widgets.find(parent, Grid.class, "statistics-children");
        assertThat(GridKt._size(children)).isGreaterThanOrEqualTo(2);
        assertThat(String.join(" ", GridKt._getFormattedRow(children, 0))).contains("v1");

        UI.getCurrent().navigate("statistics/print", com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of(
                "form", "CENTRE", "unit", String.valueOf(StatisticsFixture.ZHONGYUAN), "from", "2096-01-01",
                "to", "2096-12-31")));
        PrintView print = (PrintView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(print.getElement().getOuterHTML()).contains("row-F1", "0.12");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(print, NativeTableRow.class)).isNotEmpty();
    }

    /** The entered value of a row of the shown form. */
    private static BigDecimalField entered(StatisticsView view, String row) {
        return Widgets.find(view, BigDecimalField.class, "entered-" + row);
    }

    /** The computed number of a row of the shown form (a button opening its records). */
    private static Button number(StatisticsView view, String row) {
        return Widgets.find(view, Button.class, "number-" + row);
    }
}
