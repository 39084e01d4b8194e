package org.bangfu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.bangfu.Fixtures;
import org.bangfu.TestBank;
import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignCommand;
import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignKind;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.campaign.CoverageGap;
import org.bangfu.campaign.Recipient;
import org.bangfu.funds.BatchService;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.PaymentService;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A warmth campaign in the real browser: the city's plan (saved through the service) is submitted and approved on
 * screen; the county case worker registers an on-duty worker (a wrong card holder refused next to the field first)
 * and submits; the county approver approves; after the bank has paid, the case worker records the visit, finishes
 * the visits and submits the report; the city sees the unit reported. Screenshots 15 to 19.
 */
class CampaignBrowserJourneyTest extends BrowserTest {

    @Autowired CampaignService campaigns;
    @Autowired FundService funds;
    @Autowired PaymentService payments;
    @Autowired BatchService batches;
    @Autowired java.time.Clock clock;

    @Test
    void aCountyRegistersVisitsAndReportsInACityCampaign() throws Exception {
        try {
            journey();
        } catch (Exception | AssertionError failed) {
            screenshot("99-campaign-failure");
            throw failed;
        }
    }

    private void journey() throws Exception {
        int year = LocalDate.now(clock).getYear();
        OrgUnit huiji = organization.unitByCode("410108").orElseThrow();
        CurrentUser city = organization.user("approver_zhengzhou").orElseThrow();
        funds.allocate(FundSource.UNION_ALLOCATION, year, new BigDecimal("5000.00"), null, null,
                organization.user("finance_zhengzhou").orElseThrow());
        Campaign campaign = campaigns.plan(new CampaignCommand("\u90d1\u5dde\u5e02\u51ac\u5b63\u9001\u6e29\u6696",
                CampaignKind.NEW_YEAR_SPRING, year, LocalDate.now(clock).minusDays(1), LocalDate.now(clock).plusDays(30),
                LocalDate.now(clock), LocalDate.now(clock).plusDays(40), List.of(huiji.id()),
                List.of(new CampaignGroupPlan(CampaignTarget.ON_DUTY, new BigDecimal("1000"), new BigDecimal("1000"),
                        null)),
                List.of(new BudgetLine(huiji.id(), FundSource.UNION_ALLOCATION, new BigDecimal("3000")))),
                // four eyes: the city's case worker plans, its approver submits and approves
                organization.user("cw_zhengzhou").orElseThrow());

        login("approver_zhengzhou");
        browser.get(baseUrl() + "/campaigns/" + campaign.id());
        click("#campaign-submit");
        waiting().until(driver -> visible("#campaign-approve").isDisplayed());
        screenshot("15-campaign-plan");
        click("#campaign-approve");
        waiting().until(driver -> visible("#campaign-summary").getText().contains("\u8fdb\u884c\u4e2d"));
        logout();

        // files of other tests at Huiji are explained through the service; the screen shows the coverage table
        CurrentUser county = organization.user("cw_huiji").orElseThrow();
        for (CoverageGap gap : campaigns.coverage(campaign.id(), huiji.id(), county)) {
            campaigns.exempt(campaign.id(), gap.caseId(), "\u4f4f\u9662\u6cbb\u7597\uff0c\u7535\u8bdd\u6170\u95ee",
                    county);
        }
        login("cw_huiji");
        browser.get(baseUrl() + "/campaigns");
        click("#campaign-task-" + campaign.id() + "-Task_RegisterRecipients-" + huiji.id());
        visible("#campaign-register");
        pick("campaign-r-target", "\u8282\u65e5\u575a\u5b88\u4e00\u7ebf\u804c\u5de5");
        type("campaign-r-name", "\u4faf\u5f3a");
        type("campaign-r-residentId", Fixtures.residentId());
        type("campaign-r-phone", "13800000003");
        type("campaign-r-cardHolderName", "\u4faf\u5f3a\u5f3a");
        type("campaign-r-bankCard", Fixtures.bankCard("622202020011225"));
        type("campaign-r-cash", "1000");
        click("#campaign-register");
        waiting().until(driver -> visible("#campaign-r-cardHolderName").getAttribute("invalid") != null);
        type("campaign-r-cardHolderName", "\u4faf\u5f3a");
        click("#campaign-register");
        waiting().until(driver -> visible("#campaign-recipients").getText().contains("\u4faf\u5f3a"));
        screenshot("16-campaign-register");
        click("#campaign-submit-recipients");
        waiting().until(driver -> visible("#campaign-unit-summary").getText().contains("\u5bf9\u8c61\u5f85\u5ba1\u6279"));
        logout();

        login("approver_huiji");
        browser.get(baseUrl() + "/campaigns/" + campaign.id() + "/units/" + huiji.id());
        click("#campaign-approve-recipients");
        waiting().until(driver -> visible("#campaign-unit-summary").getText().contains("\u8d70\u8bbf\u6170\u95ee"));
        logout();

        // the bank pays the line (the batch screens are covered by the funds journey)
        Recipient recipient = campaigns.recipients(campaign.id(), huiji.id(), county).get(0);
        CurrentUser gatherer = organization.user(TestBank.FINANCE_AT.get("410108").get(0)).orElseThrow();
        PaymentBatch batch = batches.gather(List.of(payments.byKey(recipient.paymentKey()).orElseThrow().id()),
                gatherer);
        batches.release(batch.id(), 1, new BigDecimal("1000.00"),
                organization.user(TestBank.FINANCE_AT.get("410108").get(1)).orElseThrow());
        batches.export(batch.id(), StandardCharsets.UTF_8, gatherer);
        batches.importResult(batch.id(), TestBank.resultFile(batches.lines(batch.id(), gatherer), null),
                StandardCharsets.UTF_8, "result.csv", gatherer, n -> { });

        login("cw_huiji");
        browser.get(baseUrl() + "/campaigns/" + campaign.id() + "/units/" + huiji.id());
        waiting().until(driver -> visible("#campaign-recipients").getText().contains("\u5df2\u5230\u8d26"));
        click("#campaign-visit-" + recipient.id());
        type("campaign-visit-note", "\u8282\u524d\u5230\u5c97\u6170\u95ee");
        click("#campaign-visit-save");
        waiting().until(driver -> visible("#campaign-recipients").getText().contains(LocalDate.now(clock).toString()));
        screenshot("17-campaign-visit");
        click("#campaign-finish-visits");
        type("campaign-report", "\u60e0\u6d4e\u533a\u5df2\u5b8c\u6210\u9001\u6e29\u6696\u5de5\u4f5c");
        screenshot("18-campaign-report");
        click("#campaign-submit-report");
        waiting().until(driver -> visible("#campaign-unit-summary").getText().contains("\u5df2\u62a5\u544a"));
        logout();

        login("approver_zhengzhou");
        browser.get(baseUrl() + "/campaigns/" + campaign.id());
        waiting().until(driver -> visible("#campaign-units").getText().contains("\u5df2\u62a5\u544a"));
        screenshot("19-campaign-rolled-up");
        // the city's warmth-campaign form for this year counts the paid on-duty worker in row C7
        browser.get(baseUrl() + "/statistics");
        click("#statistics-show");
        // the table is drawn again after 查询: read the number once it has settled, ignoring the replaced element
        waiting().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(driver -> {
            String c7 = driver.findElement(org.openqa.selenium.By.id("number-C7")).getText().trim();
            return !c7.isEmpty() && !"0".equals(c7);
        });
        screenshot("21-statistics-warmth");
        assertThat(campaigns.unit(campaign.id(), huiji.id(), city).status()).isEqualTo(CampaignUnitStatus.REPORTED);
        assertThat(campaigns.recipient(recipient.id(), county).paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(campaigns.recipient(recipient.id(), county).visitedOn()).isEqualTo(LocalDate.now(clock));
        logout();
    }
}
