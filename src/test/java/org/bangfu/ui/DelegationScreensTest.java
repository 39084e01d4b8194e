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

/** The delegation screen of a campaign (written by SQL: the campaign service is another change), browserless. */
class DelegationScreensTest extends UiTest {

    @Autowired JdbcClient jdbc;

    @Test
    void anAmountOutsideTheStandardIsShownInItsItemRowAndAGoodDelegationShowsItsPlan() {
        long campaign = campaign();
        login("approver_zhengzhou");
        UI.getCurrent().navigate(DelegationView.route(campaign));
        DelegationView view = (DelegationView) UI.getCurrent().getCurrentView();
        assertThat(view.create.isVisible()).isTrue();
        DelegationForm form = view.openCreate();
        form.name.setValue("Group 1");
        form.leader.setValue("Song Xibin");
        form.members.setValue("Wang, Li");
        form.departments.setValue("Office, Finance");
        OrgUnit zhongyuan = form.places.getListDataView().getItems().filter(u -> u.code().equals("410102"))
                .findFirst().orElseThrow();
        assertThat(form.places.getListDataView().getItems().map(OrgUnit::code))
                .contains("410102001").doesNotContain("410300");
        form.places.setValue(Set.of(zhongyuan));
        form.rows.get(0).amount.setValue(new BigDecimal("60000"));
        form.save.click();
        assertThat(form.rows.get(0).amount.isInvalid()).isTrue();
        assertThat(form.rows.get(0).amount.getErrorMessage()).contains("50000");
        assertThat(form.rows.get(1).amount.isInvalid()).isFalse();
        assertThat(form.isOpened()).isTrue();

        form.rows.get(0).amount.setValue(new BigDecimal("50000"));
        form.save.click();
        assertThat(form.isOpened()).isFalse();
        assertThat(view.progress).hasSize(1);
        var grid = view.progress.values().iterator().next();
        assertThat(GridKt._size(grid)).isEqualTo(4);
        assertThat(String.join(" ", GridKt._getFormattedRow(grid, 0))).contains("50,000.00");

        login("cw_zhongyuan");
        UI.getCurrent().navigate(DelegationView.route(campaign));
        DelegationView seen = (DelegationView) UI.getCurrent().getCurrentView();
        assertThat(seen.create.isVisible()).isFalse();
        assertThat(seen.progress).hasSize(1);
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
