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
import org.bangfu.workflow.TaskItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

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
        var saveSubmit = Widgets.find(plan, Button.class, "campaign-save-submit");
        saveSubmit.click();
        var campaignName = Widgets.find(plan, TextField.class, "campaign-name");
        assertThat(campaignName.isInvalid()).isTrue();
        var units = Widgets.find(plan, MultiSelectComboBox.class, "campaign-units");
        assertThat(units.isInvalid()).isTrue();
        assertThat(units.getErrorMessage()).isNotBlank();
        assertThat(campaigns.campaigns(user("approver_zhengzhou"))).hasSize(before);

        campaignName.setValue("\u4e94\u4e00\u5de5\u4f1a\u8fdb\u4e07\u5bb6");
        Widgets.find(plan, ComboBox.class, "campaign-kind").setValue(CampaignKind.MAY_DAY);
        Widgets.find(plan, IntegerField.class, "campaign-fundYear").setValue(YEAR);
        Widgets.find(plan, DatePicker.class, "campaign-periodFrom").setValue(LocalDate.of(YEAR, 4, 20));
        Widgets.find(plan, DatePicker.class, "campaign-periodTo").setValue(LocalDate.of(YEAR, 5, 10));
        Widgets.find(plan, DatePicker.class, "campaign-cutoffDate").setValue(LocalDate.of(YEAR, 4, 30));
        Widgets.find(plan, DatePicker.class, "campaign-reportDeadline").setValue(LocalDate.of(YEAR, 5, 20));
        units.setValue(Set.of(zhongyuan, huiji));
        Widgets.find(plan, ComboBox.class, "campaign-groupTarget").setValue(CampaignTarget.ON_DUTY);
        Widgets.find(plan, BigDecimalField.class, "campaign-groupMin").setValue(new BigDecimal("1000"));
        Widgets.find(plan, Button.class, "campaign-add-group").click();
        Widgets.find(plan, ComboBox.class, "campaign-budgetUnit").setValue(zhongyuan);
        Widgets.find(plan, ComboBox.class, "campaign-budgetSource").setValue(FundSource.UNION_ALLOCATION);
        Widgets.find(plan, BigDecimalField.class, "campaign-budgetAmount").setValue(new BigDecimal("20000"));
        Widgets.find(plan, Button.class, "campaign-add-budget").click();
        assertThat(GridKt._size(Widgets.find(plan, Grid.class, "campaign-groups"))).isEqualTo(1);
        saveSubmit.click();
        Campaign campaign = campaigns.campaigns(user("approver_zhengzhou")).get(0);
        assertThat(campaign.name()).isEqualTo("\u4e94\u4e00\u5de5\u4f1a\u8fdb\u4e07\u5bb6");
        assertThat(campaign.status()).isEqualTo(CampaignStatus.SUBMITTED);

        login("approver_zhengzhou");
        UI.getCurrent().navigate(CampaignView.route(campaign.id()));
        CampaignView view = (CampaignView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        var campaignApprove = Widgets.find(view, Button.class, "campaign-approve");
        assertThat(campaignApprove.isVisible()).isTrue();
        campaignApprove.click();
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(campaigns.unit(campaign.id(), zhongyuan.id(), user("approver_zhengzhou")).status())
                .isEqualTo(CampaignUnitStatus.REGISTERING);
        assertThat(GridKt._size(Widgets.find(view, Grid.class, "campaign-units"))).isEqualTo(2);

        login("cw_zhongyuan");
        // the waiting campaign step is in the same inbox as the case steps, and opens the campaign's unit screen
        org.bangfu.workflow.ui.InboxView inbox = UI.getCurrent().navigate(org.bangfu.workflow.ui.InboxView.class)
                .orElseThrow();
        Widgets.find(inbox, Tabs.class, "inbox-tabs").setSelectedTab(Widgets.find(inbox, Tab.class, "tab-all"));
        var inboxGrid = Widgets.<TaskItem>grid(inbox, "inbox-grid");
        assertThat(GridKt._findAll(inboxGrid)).anyMatch(t -> "campaign".equals(t.subject())
                && t.reference().equals(campaign.name()) && t.route().equals("campaigns/" + campaign.id() + "/units/"
                + zhongyuan.id()));
        // a campaign step reached by the task address opens its campaign screen, not the case task screen
        String stepId = GridKt._findAll(inboxGrid).stream().filter(t -> "campaign".equals(t.subject()))
                .findFirst().orElseThrow().taskId();
        UI.getCurrent().navigate("tasks/" + stepId);
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(CampaignUnitView.class);
        UI.getCurrent().navigate(CampaignUnitView.route(campaign.id(), zhongyuan.id()));
        CampaignUnitView unit = (CampaignUnitView) UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0);
        Widgets.find(unit, ComboBox.class, "campaign-r-origin").setValue(RecipientOrigin.ENTERED);
        Widgets.find(unit, ComboBox.class, "campaign-r-target").setValue(CampaignTarget.ON_DUTY);
        Widgets.find(unit, TextField.class, "campaign-r-name").setValue("\u7941\u540c\u4f1f");
        var recipientResidentId = Widgets.find(unit, TextField.class, "campaign-r-residentId");
        recipientResidentId.setValue("110101199001011234");
        Widgets.find(unit, TextField.class, "campaign-r-phone").setValue("13800000002");
        Widgets.find(unit, TextField.class, "campaign-r-cardHolderName").setValue("\u7941\u540c\u4f1f");
        Widgets.find(unit, TextField.class, "campaign-r-bankCard").setValue(Fixtures.bankCard("622202020011224"));
        Widgets.find(unit, BigDecimalField.class, "campaign-r-cash").setValue(new BigDecimal("1000"));
        var register = Widgets.find(unit, Button.class, "campaign-register");
        register.click();
        assertThat(recipientResidentId.isInvalid()).isTrue();
        var campaignRecipients = Widgets.find(unit, Grid.class, "campaign-recipients");
        assertThat(GridKt._size(campaignRecipients)).isZero();
        recipientResidentId.setValue(Fixtures.residentId());
        register.click();
        assertThat(recipientResidentId.isInvalid()).isFalse();
        assertThat(GridKt._size(campaignRecipients)).isEqualTo(1);
        assertThat(String.join(" ", GridKt._getFormattedRow(campaignRecipients, 0))).contains("\u7941\u540c\u4f1f");

        // other tests' open deep-hardship files at the county get their reasons; then submit and approve on screen
        for (org.bangfu.campaign.CoverageGap gap : campaigns.coverage(campaign.id(), zhongyuan.id(), user("cw_zhongyuan"))) {
            campaigns.exempt(campaign.id(), gap.caseId(), "\u5916\u51fa\u52a1\u5de5", user("cw_zhongyuan"));
        }
        unit.render();
        Widgets.find(unit, Button.class, "campaign-submit-recipients").click();
        assertThat(campaigns.unit(campaign.id(), zhongyuan.id(), user("cw_zhongyuan")).status())
                .isEqualTo(CampaignUnitStatus.SUBMITTED);
        login("approver_zhongyuan");
        UI.getCurrent().navigate(CampaignUnitView.route(campaign.id(), zhongyuan.id()));
        CampaignUnitView approving = (CampaignUnitView) UI.getCurrent().getInternals().getActiveRouterTargetsChain()
                .get(0);
        Widgets.find(approving, Button.class, "campaign-approve-recipients").click();
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
        assertThat(GridKt._size(Widgets.find(batchScreen, Grid.class, "batch-waiting"))).isEqualTo(1);
        var selection = Widgets.find(batchScreen, Paragraph.class, "batch-selection");
        assertThat(selection.getText()).startsWith("\u5df2\u9009 1 \u7b14");

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
        var rollup = Widgets.find(organiser, Grid.class, "campaign-rollup");
        assertThat(GridKt._getFormattedRow(rollup, 0)).element(1).isEqualTo("1");
    }
}
