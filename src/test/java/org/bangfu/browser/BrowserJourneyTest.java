package org.bangfu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Date;

import org.bangfu.Fixtures;
import org.bangfu.TestBank;
import org.bangfu.approval.AidRequestCommand;
import org.bangfu.funds.BatchStatus;
import org.bangfu.identification.AidType;
import org.bangfu.organization.CurrentUser;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one real-browser journey (headless Debian Chromium): a case worker files a household application, does the
 * first review, the home visit with the signed authorization uploaded and the means check; the notice runs out
 * (engine clock moved, timer executed); an approver approves the file and the case shows 在档. Screenshots go to
 * target/screenshots.
 */
class BrowserJourneyTest extends BrowserTest {

    @Autowired IdentificationService files;
    @Autowired RuntimeService runtime;
    @Autowired ManagementService management;
    @Autowired org.bangfu.casework.CaseActions caseActions;
    @Autowired org.bangfu.funds.BatchService batches;

    /** The radio button with this label (and not a longer label containing it, such as 不通过 for 通过). */
    private void choose(String label, String notLabel) {
        click(waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//vaadin-radio-button[contains(., '" + label + "') and not(contains(., '" + notLabel + "'))]"))));
    }

    /** Lets the search field's lazy value change and the grid refresh reach the browser before the next click. */
    private static void settle() throws InterruptedException {
        Thread.sleep(1200);
    }

    /** Claims the case's open task from the group tab (found by its number) and opens it from my tasks. */
    private void claimAndOpen(String caseNo) throws InterruptedException {
        browser.get(baseUrl() + "/");
        click("#tab-group");
        type("inbox-search", caseNo);
        settle();
        click("#claim-" + caseNo);
        settle();
        click("#tab-mine");
        settle();
        click("#open-" + caseNo);
        visible("#task-form");
    }

    private void submitTask() {
        click("#task-submit");
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/tasks/")));
        visible("#inbox-grid");
    }

    /** Lets the public notice run out: the engine clock moves past its last day and the timer job runs. */
    private void endNotice(HardshipCase c) {
        HardshipCase inNotice = files.caseById(c.id());
        ClockUtil.setCurrentTime(Date.from(inNotice.noticeUntil().plusDays(1).atTime(9, 0)
                .atZone(ZoneId.systemDefault()).toInstant()));
        for (int round = 0; round < 10; round++) {
            var due = runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo()).list().stream()
                    .flatMap(p -> management.createJobQuery().processInstanceId(p.getId()).executable().list()
                            .stream()).toList();
            if (due.isEmpty()) {
                return;
            }
            due.stream().map(Job::getId).forEach(management::executeJob);
        }
    }

    @Test
    void aHouseholdApplicationGoesThroughVerificationNoticeAndApprovalToAnOpenFile() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError failed) {
            screenshot("99-failure");
            throw failed;
        } finally {
            ClockUtil.reset();
        }
    }

    private void journey() throws Exception {
        browser.get(baseUrl() + "/login");
        assertThat(visible("vaadin-login-form").getText()).contains("登录");
        screenshot("01-login");

        login("cw_canyin");
        browser.get(baseUrl() + "/intake");
        type("intake-workerName", "赵大勇");
        type("intake-residentId", Fixtures.residentId());
        type("intake-phone", "13700001111");
        type("intake-employer", "豫香园餐饮");
        type("intake-bankCard", Fixtures.bankCard("621700000000987"));
        type("intake-cardHolderName", "赵大勇");
        pick("intake-hardshipCause", "因病");
        type("intake-householdYearlyIncome", "24000");
        type("intake-rigidExpenses", "6000");
        type("household-industry", "餐饮业");
        type("household-hukouDivision", "410102");
        type("household-address", "郑州市中原区建设路1号");
        type("household-situation", "本人患病，配偶失业");
        click("#member-add");
        type("member-0-name", "赵小红");
        pick("member-0-relation", "子女");
        type("member-0-residentId", Fixtures.residentId());
        pick("member-0-status", "在校");
        screenshot("02-intake");
        click("#intake-submit");

        waiting().until(ExpectedConditions.urlContains("/cases/BF"));
        String caseNo = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(visible("#case-state").getText()).contains("已申请");
        screenshot("03-case-filed");
        HardshipCase filed = files.casesByNumbers(java.util.List.of(caseNo)).get(0);

        claimAndOpen(caseNo);
        choose("通过", "不通过");
        screenshot("04-first-review");
        submitTask();

        claimAndOpen(caseNo);
        Path authorization = Files.createTempFile("authorization", ".pdf");
        Files.write(authorization, "%PDF-1.4 signed authorization".getBytes());
        WebElement upload = visible("#visit-authorization vaadin-upload");
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(authorization.toAbsolutePath().toString());
        waiting().until(driver -> files.attachments(filed.id()).size() == 1);
        type("visit-visitors", "王丽、张伟");
        type("visit-findings", "家中确有困难");
        screenshot("05-home-visit");
        submitTask();

        claimAndOpen(caseNo);
        screenshot("06-means-check");
        submitTask();
        assertThat(files.caseById(filed.id()).status()).isEqualTo(CaseStatus.NOTICE);

        endNotice(filed);
        assertThat(files.caseById(filed.id()).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        logout();

        login("approver_zhongyuan");
        claimAndOpen(caseNo);
        choose("批准", "不批准");
        screenshot("07-file-approval");
        click("#decision-submit");
        visible("#inbox-grid");

        browser.get(baseUrl() + "/cases/" + caseNo);
        assertThat(visible("#case-state").getText()).contains("在档");
        assertThat(visible("#case-file").getText()).contains("DA");
        screenshot("08-file-open");
        logout();
        payAid(filed);
    }

    /**
     * Aid for the open file, paid the way finance pays it: the approver approves in the task form, one finance
     * officer gathers the batch, a second releases it after checking count and total, the bank file is exported,
     * the bank's result file uploaded, and the case shows the payment as paid.
     */
    private void payAid(HardshipCase file) throws Exception {
        caseActions.requestAid(new AidRequestCommand(file.id(), AidType.LIVING, new BigDecimal("1500.00"), null, null,
                "生活困难"), organization.user("cw_canyin").orElseThrow());
        login("approver_zhongyuan");
        claimAndOpen(file.caseNo());
        choose("批准", "不批准");
        click("#decision-submit");
        visible("#inbox-grid");
        logout();

        login("finance_zhongyuan");
        browser.get(baseUrl() + "/funds/batches");
        type("batch-waiting-filter", file.caseNo());
        // the lazy filter reaches the server when it does on a busy machine: wait for the selection it makes
        waiting().until(driver -> visible("#batch-selection").getText().startsWith("已选 1 笔"));
        assertThat(visible("#batch-waiting").getText()).contains(file.caseNo());
        screenshot("11-batch-waiting");
        click("#batch-gather");
        waiting().until(ExpectedConditions.urlMatches(".*/funds/batches/\\d+$"));
        String batchUrl = browser.getCurrentUrl();
        long batchId = Long.parseLong(batchUrl.substring(batchUrl.lastIndexOf('/') + 1));
        assertThat(visible("#batch-header").getText()).contains("待复核");
        logout();

        login("finance2_zhongyuan");
        browser.get(batchUrl);
        click("#batch-release");
        type("release-count", "1");
        type("release-total", "1499");
        click("#release-confirm");
        assertThat(visible("#release-total").getAttribute("invalid")).isNotNull();
        type("release-total", "1500.00");
        screenshot("12-batch-release");
        click("#release-confirm");
        waiting().until(driver -> visible("#batch-header").getText().contains("已放行"));
        logout();

        login("finance_zhongyuan");
        browser.get(batchUrl);
        String href = visible("#batch-export-UTF-8").getAttribute("href");
        Object bankFile = ((JavascriptExecutor) browser).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.text()).then(done, e => done('failed ' + e));", href);
        assertThat(bankFile.toString()).contains("赵大勇", "1500.00", "aid-");
        CurrentUser finance = organization.user("finance_zhongyuan").orElseThrow();
        waiting().until(driver -> batches.batch(batchId, finance).status() == BatchStatus.SENT);
        Path result = Files.createTempFile("bank-result", ".csv");
        Files.write(result, TestBank.resultFile(batches.lines(batchId, finance), null));
        browser.navigate().refresh();
        visible("#batch-result-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(result.toAbsolutePath().toString());
        waiting().until(driver -> visible("#batch-import-result").getText().contains("已导入"));
        screenshot("13-batch-result-imported");

        browser.get(baseUrl() + "/cases/" + file.caseNo());
        waiting().until(driver -> visible("#case-payments").getText().contains("已到账"));
        screenshot("14-case-paid");
        logout();
    }

    @Test
    void aRefusedMeansCheckFileShowsItsProblemsByLine() throws Exception {
        login("cw_canyin");
        browser.get(baseUrl() + "/means-check-import");
        Path csv = Files.createTempFile("means-check", ".csv");
        Files.writeString(csv, "residentId,homesOwned,privateVehicle,businessWithEmployees,childAtHighFeeSchool,"
                + "onDibao,checkedOn\n410102198503120015,1,false,false,false,false,2026-01-05\n");
        visible("#import-upload").getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(csv.toAbsolutePath().toString());
        assertThat(visible("#import-problems").getText()).contains("第 2 行");
        assertThat(visible("#import-result").getText()).startsWith("文件未导入");
        screenshot("10-means-check-import-refused");
        logout();
    }
}
