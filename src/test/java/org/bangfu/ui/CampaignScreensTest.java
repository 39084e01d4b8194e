package org.bangfu.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.bangfu.Fixtures;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignKind;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignStatus;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.campaign.RecipientOrigin;
import org.bangfu.campaign.ui.CampaignPlanView;
import org.bangfu.campaign.ui.CampaignUnitView;
import org.bangfu.campaign.ui.CampaignView;
import org.bangfu.funds.FundService;
import org.bangfu.funds.FundSource;
import org.bangfu.organization.OrgUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;

/**
 * The campaign screens as a city approver and a county case worker use them, browserless: the plan form refuses
 * next to its fields and saves nothing; a good plan is submitted and approved on screen (the budget goes down);
 * the county registers recipients, a bad resident ID is refused next to the field.
 */
class CampaignScreensTest extends UiTest {

    private static final int YEAR = 2087;

    @Autowired CampaignService campaigns;
    @Autowired FundService funds;
    @Autowired org.bangfu.funds.PaymentService payments;

    @Test
    void planApproveAndRegisterOnScreen() {
        OrgUnit zhongyuan = organization.unitByCode("410102").orElseThrow();
        OrgUnit huiji = organization.unitByCode("410108").orElseThrow();
        funds.allocate(FundSource.UNION_ALLOCATION, YEAR, new BigDecimal("50000.00"), null, null,
                user("finance_zhengzhou"));
        // four eyes: the city's case worker plans, its approver approves
        login("cw_zhengzhou");
        int before = campaigns.campaigns(user("approver_zhengzhou")).size();
        CampaignPlanView plan = UI.getCurrent().navigate(CampaignPlanView.class).orElseThrow();
        plan.saveAndSubmit.click();
        assertThat(plan.name.isInvalid()).isTrue();
        assertThat(plan.units.isInvalid()).isTrue();
        assertThat(plan.units.getErrorMessage()).isNotBlank();
        assertThat(campaigns.campaigns(user("approver_zhengzhou"))).hasSize(before);

        plan.name.setValue("\u4e94\u4e00\u5de5\u4f1a\u8fdb\u4e07\u5bb6");
        plan.kind.setValue(CampaignKind.MAY_DAY);
        plan.fundYear.setValue(YEAR);
        plan.periodFrom.setValue(LocalDate.of(YEAR, 4, 20));
        plan.periodTo.setValue(LocalDate.of(YEAR, 5, 10));
        plan.cutoff.setValue(LocalDate.of(YEAR, 4, 30));
        plan.deadline.setValue(LocalDate.of(YEAR, 5, 20));
        plan.units.setValue(Set.of(zhongyuan, huiji));
        plan.groupTarget.setValue(CampaignTarget.ON_DUTY);
        plan.groupMin.setValue(new BigDecimal("1000"));
        plan.addGroup.click();
        plan.budgetUnit.setValue(zhongyuan);
        plan.budgetSource.setValue(FundSource.UNION_ALLOCATION);
        plan.budgetAmount.setValue(new BigDecimal("20000"));
        plan.addBudget.click();
        assertThat(GridKt._size(plan.groups)).isEqualTo(1);
        plan.saveAndSubmit.click();
        Campaign campaign = campaigns.campaigns(user("approver_zhengzhou")).get(0);
        assertThat(campaign.name()).isEqualTo("\u4e94\u4e00\u5de5\u4f1a\u8fdb\u4e07\u5bb6");
        assertThat(campaign.status()).isEqualTo(CampaignStatus.SUBMITTED);

        login("approver_zhengzhou");
        UI.getCurrent().navigate(CampaignView.route(campaign.id()));
        CampaignView view = (CampaignView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(view.approve.isVisible()).isTrue();
        view.approve.click();
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(campaigns.unit(campaign.id(), zhongyuan.id(), user("approver_zhengzhou")).status())
                .isEqualTo(CampaignUnitStatus.REGISTERING);
        assertThat(GridKt._size(view.units)).isEqualTo(2);

        login("cw_zhongyuan");
        // the waiting campaign step is in the same inbox as the case steps, and opens the campaign's unit screen
        org.bangfu.workflow.ui.InboxView inbox = UI.getCurrent().navigate(org.bangfu.workflow.ui.InboxView.class)
                .orElseThrow();
        inbox.tabs.setSelectedTab(inbox.allTab);
        assertThat(inbox.grid.getListDataView().getItems()).anyMatch(t -> "campaign".equals(t.subject())
                && t.reference().equals(campaign.name()) && t.route().equals("campaigns/" + campaign.id() + "/units/"
                + zhongyuan.id()));
        // a campaign step reached by the task address opens its campaign screen, not the case task screen
        String stepId = inbox.grid.getListDataView().getItems().filter(t -> "campaign".equals(t.subject()))
                .findFirst().orElseThrow().taskId();
        UI.getCurrent().navigate("tasks/" + stepId);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(CampaignUnitView.class);
        UI.getCurrent().navigate(CampaignUnitView.route(campaign.id(), zhongyuan.id()));
        CampaignUnitView unit = (CampaignUnitView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        unit.origin.setValue(RecipientOrigin.ENTERED);
        unit.target.setValue(CampaignTarget.ON_DUTY);
        unit.name.setValue("\u7941\u540c\u4f1f");
        unit.residentId.setValue("110101199001011234");
        unit.phone.setValue("13800000002");
        unit.holder.setValue("\u7941\u540c\u4f1f");
        unit.account.setValue(Fixtures.bankCard("622202020011224"));
        unit.cash.setValue(new BigDecimal("1000"));
        unit.register.click();
        assertThat(unit.residentId.isInvalid()).isTrue();
        assertThat(GridKt._size(unit.recipients)).isZero();
        unit.residentId.setValue(Fixtures.residentId());
        unit.register.click();
        assertThat(unit.residentId.isInvalid()).isFalse();
        assertThat(GridKt._size(unit.recipients)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(unit.recipients, 0))).contains("\u7941\u540c\u4f1f");

        // other tests' open deep-hardship files at the county get their reasons; then submit and approve on screen
        for (org.bangfu.campaign.CoverageGap gap : campaigns.coverage(campaign.id(), zhongyuan.id(), user("cw_zhongyuan"))) {
            campaigns.exempt(campaign.id(), gap.caseId(), "\u5916\u51fa\u52a1\u5de5", user("cw_zhongyuan"));
        }
        unit.render();
        unit.submitRecipients.click();
        assertThat(campaigns.unit(campaign.id(), zhongyuan.id(), user("cw_zhongyuan")).status())
                .isEqualTo(CampaignUnitStatus.SUBMITTED);
        login("approver_zhongyuan");
        UI.getCurrent().navigate(CampaignUnitView.route(campaign.id(), zhongyuan.id()));
        CampaignUnitView approving = (CampaignUnitView) UI.getCurrent().getInternals().getActiveRouterTargetsChain()
                .get(0);
        approving.approve.click();
        org.bangfu.campaign.Recipient recipient = campaigns.recipients(campaign.id(), zhongyuan.id(),
                user("approver_zhongyuan")).get(0);
        assertThat(recipient.paymentStatus()).isEqualTo(org.bangfu.funds.PaymentStatus.APPROVED);
        // paid from the campaign's own fund year, on the money handed down to the county
        org.bangfu.funds.PaymentRecord line = payments.byKey(recipient.paymentKey()).orElseThrow();
        assertThat(line.fundYear()).isEqualTo(YEAR);
        assertThat(line.payingUnitId()).isEqualTo(zhongyuan.id());
        assertThat(line.caseId()).isNull();

        // finance finds the line without a file by the payee's name (filtering must not trip over the missing file)
        login("finance_zhongyuan");
        org.bangfu.funds.ui.BatchListView batchScreen = UI.getCurrent()
                .navigate(org.bangfu.funds.ui.BatchListView.class).orElseThrow();
        batchScreen.waitingFilter.setValue("BF");
        batchScreen.waitingFilter.setValue("\u7941\u540c\u4f1f");
        assertThat(GridKt._size(batchScreen.waiting)).isEqualTo(1);
        assertThat(batchScreen.selection.getText()).startsWith("\u5df2\u9009 1 \u7b14");

        // the roll-up by target group is the service's, for the organising unit only
        assertThat(campaigns.rollUp(campaign.id(), user("approver_zhengzhou"))).singleElement().satisfies(total -> {
            assertThat(total.target()).isEqualTo(CampaignTarget.ON_DUTY);
            assertThat(total.recipients()).isEqualTo(1);
            assertThat(total.cash()).isEqualByComparingTo("1000");
            assertThat(total.goodsValue()).isEqualByComparingTo("0");
        });
        assertThatThrownBy(() -> campaigns.rollUp(campaign.id(), user("cw_zhongyuan")))
                .isInstanceOf(org.bangfu.shared.ForbiddenException.class);
        login("approver_zhengzhou");
        UI.getCurrent().navigate(CampaignView.route(campaign.id()));
        CampaignView organiser = (CampaignView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        assertThat(GridKt._getFormattedRow(organiser.rollUp, 0)).element(1).isEqualTo("1");
    }
}
