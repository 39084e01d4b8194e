package org.bangfu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.dashboard.DashboardFixture;
import org.bangfu.dashboard.DashboardService.CampaignChoice;
import org.bangfu.dashboard.DashboardService.FileRow;
import org.bangfu.dashboard.ui.DashboardView;
import org.bangfu.dashboard.ui.EChart;
import org.bangfu.dashboard.ui.FileList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;

/** The dashboard screen, browserless, on the hand-checked fixture of {@link DashboardFixture}. */
class DashboardScreenTest extends UiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired JdbcClient jdbc;

    DashboardFixture fx;

    @BeforeEach
    void fixture() {
        fx = new DashboardFixture(jdbc, organization);
    }

    @AfterEach
    void clock() {
        DashboardFixture.resetClock();
    }

    @Test
    void theChartsGetTheSubtreesNumbersAsEChartsOptions() throws Exception {
        login(fx.rootUser);
        DashboardView view = UI.getCurrent().navigate(DashboardView.class).orElseThrow();

        var dashboardCases = Widgets.find(view, EChart.class, "dashboard-cases");
        JsonNode cases = option(dashboardCases);
        assertThat(texts(cases.at("/xAxis/data"))).containsExactly(t("enum.Grade.DEEP"), t("enum.Grade.RELATIVE"),
                t("dashboard.ungraded"));
        assertThat(seriesNames(cases)).containsExactly(t("enum.CaseStatus.APPLIED"), t("enum.CaseStatus.OPEN"),
                t("enum.CaseStatus.RELIEVED"), t("enum.CaseStatus.EXITED"));
        assertThat(longs(cases.at("/series/0/data"))).containsExactly(0L, 0L, 1L);
        assertThat(longs(cases.at("/series/1/data"))).containsExactly(2L, 1L, 0L);
        assertThat(longs(cases.at("/series/2/data"))).containsExactly(1L, 0L, 0L);
        assertThat(longs(cases.at("/series/3/data"))).containsExactly(1L, 0L, 0L);
        assertThat(cases.at("/series/0/stack").asText()).isEqualTo("total");
        assertThat(dashboardCases.getElement().getProperty("option")).isEqualTo(dashboardCases.getOption());

        var dashboardMoney = Widgets.find(view, EChart.class, "dashboard-money");
        var dashboardYear = Widgets.find(view, IntegerField.class, "dashboard-year");
        assertThat(dashboardYear.getValue()).isEqualTo(2097); // the business clock's year
        JsonNode money = option(dashboardMoney);
        assertThat(money.at("/xAxis/data")).hasSize(12);
        assertThat(seriesNames(money)).containsExactly(t("enum.FundSource.CENTRAL_SPECIAL"),
                t("enum.FundSource.UNION_OWN"));
        List<BigDecimal> central = decimals(money.at("/series/0/data"));
        assertThat(central.get(0)).isEqualByComparingTo("99.99");
        assertThat(central.get(4)).isEqualByComparingTo("250.50");
        assertThat(central.stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("350.49");
        assertThat(decimals(money.at("/series/1/data")).get(2)).isEqualByComparingTo("1000.00");
        dashboardYear.setValue(2098);
        assertThat(decimals(option(dashboardMoney).at("/series/0/data")).get(1)).isEqualByComparingTo("77.00");

        assertThat(Widgets.find(view, Paragraph.class, "dashboard-no-campaign").isVisible()).isFalse();
        @SuppressWarnings("unchecked")
        ComboBox<CampaignChoice> campaign = Widgets.find(view, ComboBox.class, "dashboard-campaign");
        campaign.setValue(campaign.getListDataView().getItems()
                .filter(c -> c.id() == fx.campaign).findFirst().orElseThrow());
        JsonNode coverage = option(Widgets.find(view, EChart.class, "dashboard-coverage"));
        assertThat(texts(coverage.at("/xAxis/data"))).containsExactly(organization.unit(fx.u1).name(),
                organization.unit(fx.u2).name());
        assertThat(seriesNames(coverage)).containsExactly(t("dashboard.coverage.recipients"),
                t("dashboard.coverage.exempted"), t("dashboard.coverage.missing"));
        assertThat(longs(coverage.at("/series/0/data"))).containsExactly(1L, 0L);
        assertThat(longs(coverage.at("/series/1/data"))).containsExactly(1L, 0L);
        assertThat(longs(coverage.at("/series/2/data"))).containsExactly(0L, 1L);
    }

    @Test
    void theTwoListsShowExactlyTheirFilesAndExportThem() throws Exception {
        login(fx.rootUser);
        DashboardView view = UI.getCurrent().navigate(DashboardView.class).orElseThrow();
        var staleGrid = Widgets.<FileRow>grid(view, "dashboard-stale-grid");
        assertThat(GridKt._findAll(staleGrid)).extracting(r -> r.caseId()).containsExactly(fx.d, fx.a);
        assertThat(String.join(" ", GridKt._getFormattedRow(staleGrid, 0))).contains(fx.caseNo(fx.d),
                "2096-01-01", "2095-03-01", t("enum.Grade.DEEP"));
        var neverAssistedGrid = Widgets.<FileRow>grid(view, "dashboard-never-assisted-grid");
        assertThat(GridKt._findAll(neverAssistedGrid)).extracting(r -> r.caseId())
                .containsExactly(fx.c, fx.a);
        assertThat(Widgets.find(view, Span.class, "dashboard-never-assisted-count").getText()).contains("2");
        var neverAssisted = Widgets.find(view, FileList.class, "dashboard-never-assisted");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(neverAssisted.xlsx()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(t("dashboard.list.caseNo"));
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(fx.caseNo(fx.c));
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(fx.caseNo(fx.a));
            assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo(organization.unit(fx.u1).name());
        }
        List<String> paths = new ArrayList<>();
        UI.getCurrent().addAfterNavigationListener(e -> paths.add(e.getLocation().getPath()));
        try {
            GridKt._clickItem(staleGrid, 1);
        } catch (RuntimeException detailNeedsMoreThanTheFixture) {
            // the case screen may refuse a hand-made file; the navigation target is what matters here
        }
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()
                + " " + paths).contains("cases/" + fx.caseNo(fx.a));
    }

    @Test
    void aUnitWithoutCampaignsSeesTheEmptyStateAndOtherRolesCannotOpenTheScreen() {
        login(fx.u3User);
        DashboardView view = UI.getCurrent().navigate(DashboardView.class).orElseThrow();
        var noCampaign = Widgets.find(view, Paragraph.class, "dashboard-no-campaign");
        assertThat(noCampaign.isVisible()).isTrue();
        assertThat(noCampaign.getText()).isEqualTo(t("dashboard.coverage.none"));
        assertThat(Widgets.find(view, ComboBox.class, "dashboard-campaign").isVisible()).isFalse();
        assertThat(Widgets.find(view, EChart.class, "dashboard-coverage").isVisible()).isFalse();
        assertThat(GridKt._size(Widgets.<FileRow>grid(view, "dashboard-stale-grid"))).isZero();
        assertThat(option(Widgets.find(view, EChart.class, "dashboard-cases")).at("/series")).isEmpty();

        login(fx.analyst);
        assertThatThrownBy(() -> UI.getCurrent().navigate(DashboardView.class))
                .hasMessageContaining("Access is denied");
    }

    private static JsonNode option(EChart chart) {
        try {
            return JSON.readTree(chart.getOption());
        } catch (Exception e) {
            throw new AssertionError("not JSON: " + chart.getOption(), e);
        }
    }

    private static String t(String key) {
        return UI.getCurrent().getTranslation(key);
    }

    private static List<String> seriesNames(JsonNode option) {
        List<String> names = new ArrayList<>();
        option.get("series").forEach(s -> names.add(s.get("name").asText()));
        return names;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asLong()));
        return values;
    }

    private static List<BigDecimal> decimals(JsonNode array) {
        List<BigDecimal> values = new ArrayList<>();
        array.forEach(v -> values.add(v.decimalValue()));
        return values;
    }
}
