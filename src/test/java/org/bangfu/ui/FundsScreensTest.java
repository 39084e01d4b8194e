package org.bangfu.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import com.vaadin.flow.component.combobox.ComboBox;
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
        view.year.setValue(2092);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(view.grid, 0))).contains("1,234.56");
        int before = funds.allocations(organizationUser("finance_henan")).size();
        FundDashboardView.FundDialog dialog = view.openAllocate();
        @SuppressWarnings("unchecked")
        ComboBox<FundSource> source = (ComboBox<FundSource>) dialog.form.getChildren().toList().get(0);
        source.setValue(FundSource.DONATION);
        ((IntegerField) dialog.form.getChildren().toList().get(1)).setValue(2092);
        ((BigDecimalField) dialog.form.getChildren().toList().get(2)).setValue(new BigDecimal("100.00"));
        dialog.save.click();
        @SuppressWarnings("unchecked")
        ComboBox<Object> purpose = (ComboBox<Object>) dialog.form.getChildren().toList().get(3);
        assertThat(purpose.isInvalid()).isTrue();
        assertThat(purpose.getErrorMessage()).isNotBlank();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(funds.allocations(organizationUser("finance_henan"))).hasSize(before);
        view.runReconcile();
        assertThat(view.differences.isVisible()).isFalse();
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
        ComboBox<FundAllocation> from = (ComboBox<FundAllocation>) dialog.form.getChildren().toList().get(0);
        from.setValue(from.getListDataView().getItems().filter(a -> a.id() == county.id()).findFirst().orElseThrow());
        BigDecimalField amount = (BigDecimalField) dialog.form.getChildren().toList().get(1);
        var reason = (com.vaadin.flow.component.textfield.TextField) dialog.form.getChildren().toList().get(2);
        amount.setValue(new BigDecimal("100.00"));
        dialog.save.click();
        assertThat(reason.isInvalid()).isTrue();
        reason.setValue("year-end surplus");
        amount.setValue(new BigDecimal("300.01"));
        com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications();
        clickAsBrowser(dialog.save);
        assertThat(dialog.isOpened()).isTrue();
        com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications("可用资金不足：可用 300.00 元，需要 300.01 元");
        assertThat(funds.allocation(county.id()).available()).isEqualByComparingTo("300.00");
        amount.setValue(new BigDecimal("100.00"));
        dialog.save.click();
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
        view.year.setValue(2092);
        view.source.setValue(FundSource.OTHER);
        assertThat(GridKt._size(view.grid)).isEqualTo(3);
        view.type.setValue(LedgerEntryType.PASSED_DOWN);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
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
        assertThat(view.header.getText()).contains("已放行");

        login("finance_zhongyuan");
        context.getBean(org.bangfu.funds.BatchService.class).export(batch.id(), StandardCharsets.UTF_8,
                organizationUser("finance_zhongyuan"));
        BatchDetailView again = UI.getCurrent().navigate(BatchDetailView.class,
                new RouteParameters("batchId", String.valueOf(batch.id()))).orElseThrow();
        again.importFile(("PAYMENT_KEY,AMOUNT,RESULT,REASON,BANK_REFERENCE\r\n" + line.idempotencyKey()
                + ",1800.00,PAID,,B1\r\nnobody,1.00,PAID,,B2\r\n").getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        assertThat(again.problems.isVisible()).isTrue();
        assertThat(String.join(" ", GridKt._getFormattedRow(again.problems, 0))).contains("第 3 行");
        assertThat(again.result.getText()).contains("整份未导入");
        ReconciliationView reconciliation = UI.getCurrent().navigate(ReconciliationView.class).orElseThrow();
        assertThat(GridKt._findAll(reconciliation.grid)).anyMatch(r -> r.batchId() == batch.id()
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
