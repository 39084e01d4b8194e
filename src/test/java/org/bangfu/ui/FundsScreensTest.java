package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bangfu.funds.BatchReconciliation;
import org.bangfu.funds.FundAllocation;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.LedgerEntryType;
import org.bangfu.funds.ui.BatchDetailView;
import org.bangfu.funds.ui.FundDashboardView;
import org.bangfu.funds.ui.LedgerView;
import org.bangfu.funds.ui.ReconciliationView;
import org.bangfu.identification.HardshipCase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouteParameters;

/** The funds screens as finance uses them, browserless, on the shared context and real PostgreSQL. */
class FundsScreensTest extends UiTest {

    @Autowired FundService funds;

    @Test
    void theDashboardShowsMoneyAndRefusesADonationWithoutItsPurposeNextToTheField() {
        funds.allocate(FundSource.INTEREST, 2092, new BigDecimal("1234.56"), null, null,
                organizationUser("finance_henan"));
        login("finance_henan");
        FundDashboardView view = UI.getCurrent().navigate(FundDashboardView.class).orElseThrow();
        Widgets.find(view, IntegerField.class, "funds-year").setValue(2092);
        var summary = Widgets.find(view, Grid.class, "funds-summary");
        assertThat(GridKt._size(summary)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(summary, 0))).contains("1,234.56");
        int before = funds.allocations(organizationUser("finance_henan")).size();
        FundDashboardView.FundDialog dialog = view.openAllocate();
        Widgets.find(dialog, ComboBox.class, "funds-allocate-dialog-source").setValue(FundSource.DONATION);
        Widgets.find(dialog, IntegerField.class, "funds-allocate-dialog-fund-year").setValue(2092);
        Widgets.find(dialog, BigDecimalField.class, "funds-allocate-dialog-amount").setValue(new BigDecimal("100.00"));
        Widgets.find(dialog, Button.class, "funds-allocate-dialog-save").click();
        ComboBox<?> purpose = Widgets.find(dialog, ComboBox.class, "funds-allocate-dialog-donor-aid-type");
        assertThat(purpose.isInvalid()).isTrue();
        assertThat(purpose.getErrorMessage()).isNotBlank();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(funds.allocations(organizationUser("finance_henan"))).hasSize(before);
        view.runReconcile();
        assertThat(Widgets.find(view, Grid.class, "funds-differences").isVisible()).isFalse();
    }

    @Test
    void unusedMoneyGoesBackUpOnlyWithAReasonAndNeverMoreThanIsLeft() {
        FundAllocation city = funds.allocate(FundSource.OTHER, 2088, new BigDecimal("900.00"), null, null,
                organizationUser("finance_zhengzhou"));
        FundAllocation county = funds.passDown(city.id(), organization.unitByCode("410108").orElseThrow().id(),
                new BigDecimal("300.00"), organizationUser("finance_zhengzhou"));
        login("finance_huiji");
        FundDashboardView view = UI.getCurrent().navigate(FundDashboardView.class).orElseThrow();
        FundDashboardView.FundDialog dialog = view.openReturn();
        @SuppressWarnings("unchecked")
        ComboBox<FundAllocation> from = Widgets.find(dialog, ComboBox.class, "funds-return-dialog-allocation");
        from.setValue(from.getListDataView().getItems().filter(a -> a.id() == county.id()).findFirst().orElseThrow());
        BigDecimalField amount = Widgets.find(dialog, BigDecimalField.class, "funds-return-dialog-amount");
        var reason = Widgets.find(dialog, com.vaadin.flow.component.textfield.TextField.class, "funds-return-dialog-reason");
        amount.setValue(new BigDecimal("100.00"));
        var returnDialogSave = Widgets.find(dialog, Button.class, "funds-return-dialog-save");
        returnDialogSave.click();
        assertThat(reason.isInvalid()).isTrue();
        reason.setValue("year-end surplus");
        amount.setValue(new BigDecimal("300.01"));
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        clickAsBrowser(returnDialogSave);
        assertThat(dialog.isOpened()).isTrue();
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("可用资金不足：可用 300.00 元，需要 300.01 元");
        assertThat(funds.allocation(county.id()).available()).isEqualByComparingTo("300.00");
        amount.setValue(new BigDecimal("100.00"));
        returnDialogSave.click();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(funds.allocation(county.id()).available()).isEqualByComparingTo("200.00");
        assertThat(funds.allocation(city.id()).available()).isEqualByComparingTo("700.00");
        assertThat(funds.reconcile(organizationUser("finance_zhengzhou"))).isEmpty();
    }

    @Test
    void theLedgerFiltersByTypeAndExportsTheRowsItShows() throws Exception {
        FundAllocation a = funds.allocate(FundSource.OTHER, 2092, new BigDecimal("500.00"), null, null,
                organizationUser("finance_zhengzhou"));
        funds.passDown(a.id(), organization.unitByCode("410102").orElseThrow().id(), new BigDecimal("200.00"),
                organizationUser("finance_zhengzhou"));
        login("finance_zhengzhou");
        LedgerView view = UI.getCurrent().navigate(LedgerView.class).orElseThrow();
        Widgets.find(view, IntegerField.class, "ledger-year").setValue(2092);
        Widgets.find(view, ComboBox.class, "ledger-source").setValue(FundSource.OTHER);
        var grid = Widgets.find(view, Grid.class, "ledger-grid");
        assertThat(GridKt._size(grid)).isEqualTo(3);
        Widgets.find(view, ComboBox.class, "ledger-type").setValue(LedgerEntryType.PASSED_DOWN);
        assertThat(GridKt._size(grid)).isEqualTo(1);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(view.xlsx()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("时间");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(200.0);
        }
    }

    @Test
    void aBatchIsReleasedOnlyWithTheRightTotalAndItsResultImportReportsProblemsByLine() {
        UiFixtures fixtures = new UiFixtures(context);
        HardshipCase c = fixtures.openFile();
        fixtures.requestAid(c, "1800.00");
        fixtures.approveAid(c);
        var bank = new org.bangfu.TestBank(context.getBean(org.bangfu.funds.PaymentService.class),
                context.getBean(org.bangfu.funds.BatchService.class), organization);
        var line = bank.waitingLines(c).get(0);
        var batch = context.getBean(org.bangfu.funds.BatchService.class).gather(List.of(line.id()),
                organizationUser("finance_zhongyuan"));
        login("finance2_zhongyuan");
        BatchDetailView view = UI.getCurrent().navigate(BatchDetailView.class,
                new RouteParameters("batchId", String.valueOf(batch.id()))).orElseThrow();
        var dialog = view.openRelease();
        _get(dialog, IntegerField.class, spec -> spec.withId("release-count")).setValue(1);
        BigDecimalField total = _get(dialog, BigDecimalField.class, spec -> spec.withId("release-total"));
        total.setValue(new BigDecimal("1700.00"));
        _get(dialog, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("release-confirm")).click();
        assertThat(total.isInvalid()).isTrue();
        total.setValue(new BigDecimal("1800.00"));
        _get(dialog, com.vaadin.flow.component.button.Button.class, spec -> spec.withId("release-confirm")).click();
        assertThat(Widgets.find(view, Paragraph.class, "batch-header").getText()).contains("已放行");

        login("finance_zhongyuan");
        context.getBean(org.bangfu.funds.BatchService.class).export(batch.id(), StandardCharsets.UTF_8,
                organizationUser("finance_zhongyuan"));
        BatchDetailView again = UI.getCurrent().navigate(BatchDetailView.class,
                new RouteParameters("batchId", String.valueOf(batch.id()))).orElseThrow();
        again.importFile(("PAYMENT_KEY,AMOUNT,RESULT,REASON,BANK_REFERENCE\r\n" + line.idempotencyKey()
                + ",1800.00,PAID,,B1\r\nnobody,1.00,PAID,,B2\r\n").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        var importProblems = Widgets.find(again, Grid.class, "batch-import-problems");
        assertThat(importProblems.isVisible()).isTrue();
        assertThat(String.join(" ", GridKt._getFormattedRow(importProblems, 0))).contains("第 3 行");
        assertThat(Widgets.find(again, Paragraph.class, "batch-import-result").getText()).contains("整份未导入");
        ReconciliationView reconciliation = UI.getCurrent().navigate(ReconciliationView.class).orElseThrow();
        var reconciliationGrid = Widgets.<BatchReconciliation>grid(reconciliation, "reconciliation-grid");
        assertThat(GridKt._findAll(reconciliationGrid)).anyMatch(r -> r.batchId() == batch.id()
                && r.paidCount() == 0);
    }

    @Test
    void aCaseWorkerCannotOpenTheFundScreens() {
        login("cw_canyin");
        assertThatThrownBy(() -> UI.getCurrent().navigate(FundDashboardView.class))
                .hasMessageContaining("Access is denied");
        assertThatThrownBy(() -> UI.getCurrent().navigate(LedgerView.class))
                .hasMessageContaining("Access is denied");
    }

    private org.bangfu.organization.CurrentUser organizationUser(String username) {
        return organization.user(username).orElseThrow();
    }
}
