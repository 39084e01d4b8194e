package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bangfu.Fixtures;
import org.bangfu.Rest;
import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignCommand;
import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignKind;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignStatus;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.campaign.CoverageGap;
import org.bangfu.campaign.Recipient;
import org.bangfu.campaign.RecipientCommand;
import org.bangfu.campaign.RecipientOrigin;
import org.bangfu.campaign.CampaignActions;
import org.bangfu.funds.FundSource;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.Role;
import org.bangfu.shared.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * H3: one person does not run a campaign's money. Planning and approving a campaign are two people, registering or
 * exempting payees and approving them are two people; every campaign action leaves an audit row; and a refusal for
 * another county's campaign names nothing of it.
 */
class CampaignSeparationOfDutiesTest extends ProcessTestSupport {

    private static final int YEAR = 2093;

    @Autowired CampaignService campaigns;
    @Autowired CampaignActions campaignActions;

    @Test
    void thePlannerCannotApproveThePlanNorARegistrantThePayeesAndEveryStepIsAudited() {
        moveClockTo(LocalDate.of(YEAR, 1, 5), 10);
        OrgUnit zhengzhou = organization.unitByCode("410100").orElseThrow();
        OrgUnit huiji = organization.unitByCode("410108").orElseThrow();
        funds.allocate(FundSource.UNION_ALLOCATION, YEAR, new BigDecimal("5000.00"), null, null,
                user("finance_zhengzhou"));
        CurrentUser planner = user("approver_zhengzhou");
        CurrentUser secondApprover = staff("t12ap_410100", zhengzhou, Role.APPROVER);
        Campaign campaign = campaigns.plan(new CampaignCommand("T12 duties campaign", CampaignKind.OTHER, YEAR,
                LocalDate.of(YEAR, 1, 5), LocalDate.of(YEAR, 2, 10), LocalDate.of(YEAR, 1, 1),
                LocalDate.of(YEAR, 2, 20), List.of(huiji.id()),
                List.of(new CampaignGroupPlan(CampaignTarget.ON_DUTY, money("1000"), money("1000"), null)),
                List.of(new BudgetLine(huiji.id(), FundSource.UNION_ALLOCATION, money("3000")))), planner);
        campaignActions.submit(campaign.id(), planner);

        // the planner may not approve their own plan; a second approver of the unit does
        assertThatThrownBy(() -> campaignActions.decide(campaign.id(), true, null, planner))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.duties.campaignPlanner");
        assertThat(new Rest(baseUrl()).post("approver_zhengzhou", "/api/campaigns/" + campaign.id() + "/decision",
                Map.of("approve", true)).status()).isEqualTo(403);
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.SUBMITTED);
        campaignActions.decide(campaign.id(), true, null, secondApprover);
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.RUNNING);

        // lead_huiji (case worker and approver) registers a payee and explains the uncovered files ...
        CurrentUser lead = user("lead_huiji");
        Recipient payee = campaigns.register(campaign.id(), huiji.id(), new RecipientCommand(CampaignTarget.ON_DUTY,
                RecipientOrigin.ENTERED, null, null, null, "\u4faf\u5f3a", Fixtures.residentId(), "13800000003",
                "\u4faf\u5f3a", Fixtures.bankCard("622202020011225"), false, money("1000"), null, null), lead);
        for (CoverageGap gap : campaigns.coverage(campaign.id(), huiji.id(), lead)) {
            campaigns.exempt(campaign.id(), gap.caseId(), "\u4f4f\u9662", lead);
        }
        campaignActions.submitRecipients(campaign.id(), huiji.id(), user("cw_huiji"));
        // ... so may not approve the payees; approver_huiji does
        assertThatThrownBy(() -> campaignActions.approveRecipients(campaign.id(), huiji.id(), true, null, lead))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.duties.recipientsRegistrant");
        campaignActions.approveRecipients(campaign.id(), huiji.id(), true, null, user("approver_huiji"));
        assertThat(campaigns.unit(campaign.id(), huiji.id(), lead).status()).isEqualTo(CampaignUnitStatus.VISITING);

        campaigns.recordVisit(payee.id(), LocalDate.of(YEAR, 1, 5), null, user("cw_huiji"));
        campaignActions.finishVisits(campaign.id(), huiji.id(), user("cw_huiji"));
        campaignActions.submitReport(campaign.id(), huiji.id(), "\u62a5\u544a", user("cw_huiji"));
        org.bangfu.TaskSteps.runAsyncSteps(management, org.bangfu.campaign.CampaignVariables.PROCESS);
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.CLOSED);

        // every campaign action left an audit row with who did it
        List<Map<String, Object>> audit = jdbc.sql("SELECT actor, action, unit_id FROM audit_event "
                + "WHERE action LIKE 'CAMPAIGN%' AND (detail LIKE ? OR detail LIKE ?) ORDER BY id")
                .params("campaign " + campaign.id() + ":%", "campaign " + campaign.id()).query().listOfRows();
        assertThat(audit).extracting(row -> row.get("action")).contains("CAMPAIGN_PLANNED", "CAMPAIGN_SUBMITTED",
                "CAMPAIGN_APPROVED", "CAMPAIGN_BUDGET_HANDED_DOWN", "CAMPAIGN_PAYEE_REGISTERED",
                "CAMPAIGN_RECIPIENTS_SUBMITTED", "CAMPAIGN_RECIPIENTS_APPROVED", "CAMPAIGN_PAYMENT_LINES",
                "CAMPAIGN_VISIT_RECORDED", "CAMPAIGN_REPORTED", "CAMPAIGN_CLOSED");
        assertThat(audit).filteredOn(row -> "CAMPAIGN_PLANNED".equals(row.get("action")))
                .extracting(row -> row.get("actor")).containsExactly("approver_zhengzhou");
        assertThat(audit).filteredOn(row -> "CAMPAIGN_APPROVED".equals(row.get("action")))
                .extracting(row -> row.get("actor")).containsExactly("t12ap_410100");
        assertThat(audit).filteredOn(row -> "CAMPAIGN_PAYEE_REGISTERED".equals(row.get("action")))
                .extracting(row -> ((Number) row.get("unit_id")).longValue()).containsExactly(huiji.id());
    }

    @Test
    void aRefusalForAnotherCountysCampaignNamesNothingOfIt() {
        Rest rest = new Rest(baseUrl());
        Rest.Reply planned = rest.post("cw_zhongyuan", "/api/campaigns", Map.of(
                "name", "T12 secret Zhongyuan plan", "kind", "OTHER", "fundYear", 2094, "periodFrom", "2094-01-10",
                "periodTo", "2094-02-10", "cutoffDate", "2094-01-01", "reportDeadline", "2094-02-20",
                "unitIds", List.of(organization.unitByCode("410102002").orElseThrow().id()),
                "groups", List.of(Map.of("target", "ON_DUTY", "standardMin", "1000", "standardMax", "1000"))));
        assertThat(planned.status()).isEqualTo(201);
        long id = planned.json().get("id").asLong();
        for (Rest.Reply refused : List.of(rest.get("cw_huiji", "/api/campaigns/" + id),
                rest.post("cw_huiji", "/api/campaigns/" + id + "/submit", Map.of()),
                rest.post("approver_huiji", "/api/campaigns/" + id + "/decision", Map.of("approve", true)))) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("T12 secret", "Zhongyuan plan", "\u4e2d\u539f");
        }
        assertThatThrownBy(() -> campaigns.campaign(id, user("cw_huiji")))
                .isInstanceOfSatisfying(ForbiddenException.class, e -> assertThat(e.args()).isEmpty());
    }

    private CurrentUser staff(String username, OrgUnit unit, Role role) {
        if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Integer.class)
                .single() == 0) {
            jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled) "
                    + "VALUES (?, 'x', ?, ?, TRUE)").params(username, username, unit.id()).update();
            jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, ?)").params(username, role.name())
                    .update();
        }
        return user(username);
    }
}
