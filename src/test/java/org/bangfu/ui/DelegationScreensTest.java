package org.bangfu.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Set;

import org.bangfu.campaign.ui.DelegationForm;
import org.bangfu.campaign.ui.DelegationView;
import org.bangfu.organization.OrgUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The delegation screen of a campaign (written by SQL: the campaign service is another change), browserless. */
class DelegationScreensTest extends UiTest {

    @Autowired JdbcClient jdbc;

    @Test
    void anAmountOutsideTheStandardIsShownInItsItemRowAndAGoodDelegationShowsItsPlan() {
        long campaign = campaign();
        login("approver_zhengzhou");
        UI.getCurrent().navigate(DelegationView.route(campaign));
        DelegationView view = (DelegationView) UI.getCurrent().getCurrentView();
        assertThat(Widgets.find(view, Button.class, "delegations-new").isVisible()).isTrue();
        DelegationForm form = view.openCreate();
        Widgets.find(form, TextField.class, "delegation-name").setValue("Group 1");
        Widgets.find(form, TextField.class, "delegation-leader").setValue("Song Xibin");
        Widgets.find(form, TextArea.class, "delegation-members").setValue("Wang, Li");
        Widgets.find(form, TextArea.class, "delegation-departments").setValue("Office, Finance");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<OrgUnit> places = Widgets.find(form, MultiSelectComboBox.class, "delegation-places");
        assertThat(places.getDataProvider().isInMemory()).as("read page by page").isFalse();
        OrgUnit zhongyuan = places.getLazyDataView().getItems().filter(u -> u.code().equals("410102"))
                .findFirst().orElseThrow();
        assertThat(places.getLazyDataView().getItems().map(OrgUnit::code))
                .contains("410102001").doesNotContain("410300");
        places.setValue(Set.of(zhongyuan));
        amount(form, 0).setValue(new BigDecimal("60000"));
        var save = Widgets.find(form, Button.class, "delegation-save");
        save.click();
        assertThat(amount(form, 0).isInvalid()).isTrue();
        assertThat(amount(form, 0).getErrorMessage()).contains("50000");
        assertThat(amount(form, 1).isInvalid()).isFalse();
        assertThat(form.isOpened()).isTrue();

        amount(form, 0).setValue(new BigDecimal("50000"));
        save.click();
        assertThat(form.isOpened()).isFalse();
        assertThat(Widgets.findAll(view, Grid.class, "delegation-progress-")).hasSize(1);
        Grid<?> grid = Widgets.findAll(view, Grid.class, "delegation-progress-").get(0);
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, 0))).contains("50,000.00");

        login("cw_zhongyuan");
        UI.getCurrent().navigate(DelegationView.route(campaign));
        DelegationView seen = (DelegationView) UI.getCurrent().getCurrentView();
        assertThat(Widgets.find(seen, Button.class, "delegations-new").isVisible()).isFalse();
        assertThat(Widgets.findAll(seen, Grid.class, "delegation-progress-")).hasSize(1);
    }

    /** The amount per item in the n-th item row (the rows are grid cells, outside the component tree). */
    private static BigDecimalField amount(DelegationForm form, int row) {
        BigDecimalField amount = (BigDecimalField) GridKt._getCellComponent(
                Widgets.find(form, Grid.class, "delegation-items"), row, "amount");
        assertThat(amount.getId()).hasValue("delegation-item-" + row + "-amount");
        return amount;
    }

    private long campaign() {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        long city = organization.unitByCode("410100").orElseThrow().id();
        jdbc.sql("""
                INSERT INTO campaign (name, kind, unit_id, fund_year, period_from, period_to, cutoff_date,
                  report_deadline, status, planned_by, planned_at)
                VALUES ('Screen visits', 'NEW_YEAR_SPRING', ?, 2026, DATE '2025-12-25', DATE '2026-02-11',
                  DATE '2025-12-31', DATE '2026-02-20', 'DRAFT', 'test', ?)""")
                .params(city, OffsetDateTime.now()).update(keys, "id");
        long id = keys.getKey().longValue();
        for (String code : new String[] {"410102", "410108"}) {
            jdbc.sql("INSERT INTO campaign_unit (campaign_id, unit_id, status) VALUES (?, ?, 'PLANNED')")
                    .params(id, organization.unitByCode(code).orElseThrow().id()).update();
        }
        jdbc.sql("INSERT INTO campaign_group (campaign_id, target, standard_min, standard_max) "
                + "VALUES (?, 'ENTERPRISE', 30000, 50000)").param(id).update();
        return id;
    }
}
