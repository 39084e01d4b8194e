package org.bangfu.dashboard.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;

import org.bangfu.dashboard.DashboardService;
import org.bangfu.dashboard.DashboardService.CampaignChoice;
import org.bangfu.dashboard.DashboardService.GradeStatusCount;
import org.bangfu.dashboard.DashboardService.MonthlyPaid;
import org.bangfu.dashboard.DashboardService.UnitCoverage;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.organization.Role;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

/**
 * The dashboard of the user's subtree: files by grade and status, money paid by fund source and month, coverage of
 * a warmth campaign per participating unit, and the two work lists (files unchanged for a year, files never paid).
 */
@Route("dashboard")
@Menu(order = 8.5, title = "dashboard.menu")
@RolesAllowed({Role.CASE_WORKER_NAME, Role.APPROVER_NAME, Role.FINANCE_NAME, Role.AUDITOR_NAME, Role.ADMIN_NAME})
public class DashboardView extends VerticalLayout implements HasDynamicTitle {

    /** Display order of the constants of Grade, CaseStatus and FundSource (DashboardScreenTest checks them). */
    static final List<String> GRADES = List.of("DEEP", "RELATIVE", "ACCIDENT", "NOT_ELIGIBLE");
    static final List<String> STATUSES = List.of("APPLIED", "VERIFYING", "NOTICE", "AWAITING_APPROVAL", "RETURNED",
            "OPEN", "RELIEVED", "GRADUAL_EXIT", "EMERGENCY", "EXITED", "REFUSED", "NOT_ELIGIBLE", "REJECTED",
            "CANCELLED");
    static final List<String> SOURCES = List.of("CENTRAL_SPECIAL", "LOCAL_GOVERNMENT", "UNION_ALLOCATION",
            "UNION_OWN", "DONATION", "INTEREST", "OTHER");

    private final EChart casesChart = new EChart();
    private final EChart moneyChart = new EChart();
    private final EChart coverageChart = new EChart();
    private final IntegerField year = new IntegerField();
    private final ComboBox<CampaignChoice> campaign = new ComboBox<>();
    private final Paragraph noCampaign = new Paragraph();
    private final FileList stale;
    private final FileList neverAssisted;

    private final DashboardService dashboard;
    private final CurrentUser user;

    public DashboardView(DashboardService dashboard, CurrentUsers users, Clock clock) {
        this.dashboard = dashboard;
        this.user = users.require();
        casesChart.setId("dashboard-cases");
        moneyChart.setId("dashboard-money");
        coverageChart.setId("dashboard-coverage");
        for (EChart chart : List.of(casesChart, moneyChart, coverageChart)) {
            chart.setErrorText(getTranslation("dashboard.chart.error"));
        }
        year.setId("dashboard-year");
        year.setLabel(getTranslation("dashboard.money.year"));
        year.setMin(2000);
        year.setMax(2100);
        year.setStepButtonsVisible(true);
        year.setValue(LocalDate.now(clock).getYear());
        year.addValueChangeListener(e -> showMoney());
        campaign.setId("dashboard-campaign");
        campaign.setLabel(getTranslation("dashboard.coverage.campaign"));
        campaign.setItemLabelGenerator(c -> c.name() + " (" + c.fundYear() + ")");
        campaign.addValueChangeListener(e -> showCoverage());
        noCampaign.setId("dashboard-no-campaign");
        noCampaign.setText(getTranslation("dashboard.coverage.none"));
        stale = new FileList("dashboard-stale", "dashboard.stale.title", "dashboard.stale.hint",
                "dashboard.stale.empty", new FileList.Rows((offset, limit) -> dashboard.staleFiles(user, offset,
                limit), () -> dashboard.staleFileCount(user), () -> dashboard.staleFiles(user)), clock);
        neverAssisted = new FileList("dashboard-never-assisted", "dashboard.neverAssisted.title",
                "dashboard.neverAssisted.hint", "dashboard.neverAssisted.empty", new FileList.Rows((offset, limit) ->
                dashboard.neverAssisted(user, offset, limit), () -> dashboard.neverAssistedCount(user),
                () -> dashboard.neverAssisted(user)), clock);
        add(new H2(getTranslation("dashboard.title")),
                new H3(getTranslation("dashboard.cases.title")), casesChart,
                new H3(getTranslation("dashboard.money.title")), year, moneyChart,
                new H3(getTranslation("dashboard.coverage.title")), campaign, noCampaign, coverageChart,
                stale, neverAssisted);
        refresh();
    }

    /** Reads everything again. */
    public void refresh() {
        showCases();
        showMoney();
        List<CampaignChoice> campaigns = dashboard.campaigns(user);
        campaign.setItems(campaigns);
        campaign.setVisible(!campaigns.isEmpty());
        noCampaign.setVisible(campaigns.isEmpty());
        campaign.setValue(campaigns.isEmpty() ? null : campaigns.get(0));
        showCoverage();
        stale.refresh();
        neverAssisted.refresh();
    }

    private void showCases() {
        List<GradeStatusCount> counts = dashboard.casesByGrade(user);
        List<String> grades = ordered(counts.stream().map(GradeStatusCount::grade).toList(), GRADES);
        List<String> statuses = ordered(counts.stream().map(GradeStatusCount::status).toList(), STATUSES);
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        for (String status : statuses) {
            series.put(getTranslation("enum.CaseStatus." + status), grades.stream()
                    .map(grade -> counts.stream().filter(c -> Objects.equals(c.grade(), grade)
                            && c.status().equals(status)).mapToLong(GradeStatusCount::count).sum())
                    .toList());
        }
        casesChart.setOption(ChartOptions.stackedBar(grades.stream().map(this::gradeLabel).toList(), series));
    }

    private void showMoney() {
        if (year.getValue() == null || year.isInvalid() || year.getValue() < 2000 || year.getValue() > 2100) {
            moneyChart.setOption("");
            return;
        }
        List<MonthlyPaid> paid = dashboard.moneyBySource(year.getValue(), user);
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        for (String source : ordered(paid.stream().map(MonthlyPaid::source).toList(), SOURCES)) {
            series.put(getTranslation("enum.FundSource." + source), IntStream.rangeClosed(1, 12)
                    .mapToObj(month -> paid.stream().filter(p -> p.source().equals(source) && p.month() == month)
                            .map(MonthlyPaid::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .toList());
        }
        moneyChart.setOption(ChartOptions.stackedBar(IntStream.rangeClosed(1, 12)
                .mapToObj(month -> getTranslation("dashboard.money.month", month)).toList(), series));
    }

    private void showCoverage() {
        CampaignChoice chosen = campaign.getValue();
        coverageChart.setVisible(chosen != null);
        if (chosen == null) {
            coverageChart.setOption("");
            return;
        }
        List<UnitCoverage> units = dashboard.campaignCoverage(chosen.id(), user);
        Map<String, List<? extends Number>> series = new LinkedHashMap<>();
        series.put(getTranslation("dashboard.coverage.recipients"), units.stream().map(UnitCoverage::recipients)
                .toList());
        series.put(getTranslation("dashboard.coverage.exempted"), units.stream().map(UnitCoverage::exempted)
                .toList());
        series.put(getTranslation("dashboard.coverage.missing"), units.stream().map(UnitCoverage::missing)
                .toList());
        coverageChart.setOption(ChartOptions.stackedBar(units.stream().map(UnitCoverage::unitName).toList(),
                series));
    }

    private String gradeLabel(String grade) {
        return grade == null ? getTranslation("dashboard.ungraded") : getTranslation("enum.Grade." + grade);
    }

    /** The distinct values in the given order, unknown ones (and null, "not graded") after it. */
    private static List<String> ordered(List<String> values, List<String> order) {
        List<String> distinct = new ArrayList<>(values.stream().distinct().toList());
        distinct.sort(Comparator.comparingInt((String v) -> v == null ? Integer.MAX_VALUE
                : order.indexOf(v) < 0 ? order.size() : order.indexOf(v)));
        return distinct;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
