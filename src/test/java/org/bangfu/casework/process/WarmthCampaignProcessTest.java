package org.bangfu.casework.process;

import org.bangfu.campaign.CampaignVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bangfu.Fixtures;
import org.bangfu.TestBank;
import org.bangfu.campaign.BudgetLine;
import org.bangfu.campaign.Campaign;
import org.bangfu.campaign.CampaignCommand;
import org.bangfu.campaign.CampaignGroupPlan;
import org.bangfu.campaign.CampaignKind;
import org.bangfu.campaign.CampaignService;
import org.bangfu.campaign.CampaignStatus;
import org.bangfu.campaign.CampaignTarget;
import org.bangfu.campaign.CampaignUnit;
import org.bangfu.campaign.CampaignUnitStatus;
import org.bangfu.campaign.CoverageGap;
import org.bangfu.campaign.Recipient;
import org.bangfu.campaign.RecipientCommand;
import org.bangfu.campaign.RecipientOrigin;
import org.bangfu.campaign.CampaignActions;
import org.bangfu.funds.FundSource;
import org.bangfu.funds.PaymentBatch;
import org.bangfu.funds.PaymentRecord;
import org.bangfu.funds.PaymentStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.Role;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A warmth campaign of the province with three participating cities run through the real process: plan and
 * approval (budget handed down in the ledger), each city registers (full coverage of deep-hardship files checked,
 * real-name accounts, standards), approval (one city returned once), payment lines (one city paid through a real
 * bank batch), visits and reports; one city reports late after the reminder and the overdue escalation to the
 * province; the campaign then closes.
 */
class WarmthCampaignProcessTest extends ProcessTestSupport {

    private static final int YEAR = 2089;

    @Autowired CampaignService campaigns;
    @Autowired CampaignActions campaignActions;
    @Autowired org.bangfu.campaign.ModelWorkerService modelWorkers;

    /** A valid resident ID of someone born on that day (yyyyMMdd), unique per call. */
    private static String idBornOn(String day) {
        String first17 = "410203" + day + String.format("%03d", (int) (System.nanoTime() % 1000));
        return first17 + org.bangfu.shared.ResidentId.checkCharacter(first17);
    }

    @Test
    void aProvinceCampaignWithThreeCitiesOneOfThemLate() {
        moveClockTo(LocalDate.of(YEAR, 1, 5), 10);
        OrgUnit zhengzhou = organization.unitByCode("410100").orElseThrow();
        OrgUnit luoyang = organization.unitByCode("410300").orElseThrow();
        OrgUnit kaifeng = organization.unitByCode("410200").orElseThrow();
        CurrentUser province = user("approver_henan");
        CurrentUser provinceSecond = staff("t12ap_410000", organization.unitByCode("410000").orElseThrow(),
                Role.APPROVER);
        CurrentUser zzWorker = staff("t5cw_410100", zhengzhou, Role.CASE_WORKER);
        CurrentUser zzApprover = user("approver_zhengzhou");
        CurrentUser lyWorker = staff("t5cw_410300", luoyang, Role.CASE_WORKER);
        CurrentUser lyApprover = staff("t5ap_410300", luoyang, Role.APPROVER);
        CurrentUser kfWorker = staff("t5cw_410200", kaifeng, Role.CASE_WORKER);
        CurrentUser kfApprover = staff("t5ap_410200", kaifeng, Role.APPROVER);
        HardshipCase deep = openFile();

        LocalDate deadline = LocalDate.of(YEAR, 1, 25);
        CampaignCommand plan = new CampaignCommand("2089\u5e74\u5143\u65e6\u6625\u8282\u9001\u6e29\u6696",
                CampaignKind.NEW_YEAR_SPRING, YEAR, LocalDate.of(YEAR, 1, 5), LocalDate.of(YEAR, 2, 10),
                LocalDate.of(YEAR, 1, 1), deadline, List.of(zhengzhou.id(), luoyang.id(), kaifeng.id()),
                List.of(new CampaignGroupPlan(CampaignTarget.FILED_HARDSHIP, money("2000"), money("2000"), null),
                        new CampaignGroupPlan(CampaignTarget.ON_DUTY, money("1000"), money("1000"), null),
                        new CampaignGroupPlan(CampaignTarget.ENTERPRISE, money("30000"), money("50000"), null),
                        new CampaignGroupPlan(CampaignTarget.MODEL_WORKER, money("1000"), money("1000"), 70)),
                List.of(new BudgetLine(zhengzhou.id(), FundSource.UNION_ALLOCATION, money("100000")),
                        new BudgetLine(luoyang.id(), FundSource.UNION_ALLOCATION, money("50000")),
                        new BudgetLine(kaifeng.id(), FundSource.UNION_ALLOCATION, money("50000"))));
        // a unit that is not a child of the province, and no groups: refused field by field, nothing saved
        int before = jdbc.sql("SELECT COUNT(*) FROM campaign").query(Integer.class).single();
        assertThatThrownBy(() -> campaigns.plan(new CampaignCommand(plan.name(), plan.kind(), plan.fundYear(),
                plan.periodFrom(), plan.periodTo(), plan.cutoffDate(), plan.reportDeadline(),
                List.of(organization.unitByCode("410102").orElseThrow().id()), List.of(), plan.budget()), province))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).contains("units", "groups"));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM campaign").query(Integer.class).single()).isEqualTo(before);

        Campaign campaign = campaigns.plan(plan, province);
        assertThat(campaign.status()).isEqualTo(CampaignStatus.DRAFT);
        campaignActions.submit(campaign.id(), province);
        // a city may not approve the province's plan
        assertThatThrownBy(() -> campaignActions.decide(campaign.id(), true, null, zzApprover))
                .isInstanceOf(ForbiddenException.class);
        BigDecimal provinceFreeBefore = free(organization.unitByCode("410000").orElseThrow().id());
        // the planner may not approve their own plan (four eyes): a second approver of the province does
        assertThatThrownBy(() -> campaignActions.decide(campaign.id(), true, null, province))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.duties.campaignPlanner");
        campaignActions.decide(campaign.id(), true, "\u540c\u610f", provinceSecond);

        // the budget went down: real pass-downs in the ledger, each city now holds its share
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.RUNNING);
        assertThat(free(zhengzhou.id())).isEqualByComparingTo("100000");
        assertThat(free(luoyang.id())).isEqualByComparingTo("50000");
        assertThat(provinceFreeBefore.subtract(free(organization.unitByCode("410000").orElseThrow().id())))
                .isEqualByComparingTo("200000");
        assertThat(campaigns.units(campaign.id(), province)).extracting(CampaignUnit::status)
                .containsOnly(CampaignUnitStatus.REGISTERING);
        assertThat(campaignTasks(campaign, CampaignVariables.TASK_REGISTER_RECIPIENTS)).hasSize(3);

        // Zhengzhou: the deep file, and an on-duty worker; bad entries are refused next to their fields
        Recipient file = campaigns.register(campaign.id(), deep.unitId(), new RecipientCommand(
                CampaignTarget.FILED_HARDSHIP, RecipientOrigin.FILE, deep.id(), null, null, null, null, null, null,
                null, false, money("2000"), null, null), zzWorker);
        assertThat(file.name()).isEqualTo(deep.workerName());
        String onDutyId = Fixtures.residentId();
        assertThatThrownBy(() -> campaigns.register(campaign.id(), zhengzhou.id(), entered(CampaignTarget.ON_DUTY,
                "\u5218\u5f3a", onDutyId, "\u522b\u4eba", "1000"), zzWorker))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("cardHolderName"));
        assertThatThrownBy(() -> campaigns.register(campaign.id(), zhengzhou.id(), entered(CampaignTarget.ON_DUTY,
                "\u5218\u5f3a", onDutyId, "\u5218\u5f3a", "5000"), zzWorker))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("cash"));
        Recipient onDuty = campaigns.register(campaign.id(), zhengzhou.id(), entered(CampaignTarget.ON_DUTY,
                "\u5218\u5f3a", onDutyId, "\u5218\u5f3a", "1000"), zzWorker);
        assertThatThrownBy(() -> campaigns.register(campaign.id(), zhengzhou.id(), entered(CampaignTarget.ON_DUTY,
                "\u5218\u5f3a", onDutyId, "\u5218\u5f3a", "1000"), zzWorker))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("residentId"));
        // a Luoyang worker cannot register in Zhengzhou
        assertThatThrownBy(() -> campaigns.register(campaign.id(), zhengzhou.id(), entered(CampaignTarget.ON_DUTY,
                "\u738b\u4e94", Fixtures.residentId(), "\u738b\u4e94", "1000"), lyWorker))
                .isInstanceOf(ForbiddenException.class);

        // full coverage: every other open deep-hardship file of Zhengzhou needs a reason before submitting
        List<CoverageGap> gaps = campaigns.coverage(campaign.id(), zhengzhou.id(), zzWorker);
        assertThat(gaps).extracting(CoverageGap::caseId).doesNotContain(deep.id());
        if (!gaps.isEmpty()) {
            assertThatThrownBy(() -> campaignActions.submitRecipients(campaign.id(), zhengzhou.id(), zzWorker))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                            .extracting(f -> f.field()).containsExactly("coverage"));
            for (CoverageGap gap : gaps) {
                campaigns.exempt(campaign.id(), gap.caseId(), "\u5df2\u5916\u51fa\u52a1\u5de5\uff0c\u7535\u8bdd\u6170\u95ee",
                        zzWorker);
            }
        }
        assertThat(campaigns.unit(campaign.id(), zhengzhou.id(), zzWorker).deepMissing()).isZero();
        campaignActions.submitRecipients(campaign.id(), zhengzhou.id(), zzWorker);

        // Luoyang: an enterprise paid to its own account; Kaifeng: an on-duty worker
        campaigns.register(campaign.id(), luoyang.id(), new RecipientCommand(CampaignTarget.ENTERPRISE,
                RecipientOrigin.ENTERED, null, null, null, "\u6d1b\u9633\u7ea2\u661f\u673a\u68b0\u5382", null, null,
                "\u6d1b\u9633\u7ea2\u661f\u673a\u68b0\u5382", "41050162010000001234", false, money("40000"), null,
                null), lyWorker);
        campaignActions.submitRecipients(campaign.id(), luoyang.id(), lyWorker);
        campaigns.register(campaign.id(), kaifeng.id(), entered(CampaignTarget.ON_DUTY, "\u8d75\u516d",
                Fixtures.residentId(), "\u8d75\u516d", "1000"), kfWorker);
        // model workers from the list: 70 and over on the cut-off date only
        org.bangfu.campaign.ModelWorker young = modelWorkers.add(new org.bangfu.campaign.ModelWorkerCommand(
                kaifeng.id(), "\u5b59\u5efa", idBornOn("20250101"), org.bangfu.campaign.ModelWorkerHonour.NATIONAL, 2075,
                "13800000005", "\u5b59\u5efa", Fixtures.bankCard("622202020011226"), false), kfWorker);
        org.bangfu.campaign.ModelWorker old = modelWorkers.add(new org.bangfu.campaign.ModelWorkerCommand(
                kaifeng.id(), "\u5468\u6c38", idBornOn("20150601"), org.bangfu.campaign.ModelWorkerHonour.NATIONAL, 2060,
                "13800000006", "\u5468\u6c38", Fixtures.bankCard("622202020011227"), false), kfWorker);
        assertThatThrownBy(() -> campaigns.register(campaign.id(), kaifeng.id(), new RecipientCommand(
                CampaignTarget.MODEL_WORKER, RecipientOrigin.MODEL_WORKER, null, young.id(), null, null, null, null,
                null, null, false, money("1000"), null, null), kfWorker))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("modelWorkerId"));
        Recipient modelWorker = campaigns.register(campaign.id(), kaifeng.id(), new RecipientCommand(
                CampaignTarget.MODEL_WORKER, RecipientOrigin.MODEL_WORKER, null, old.id(), null, null, null, null,
                null, null, false, money("1000"), null, null), kfWorker);
        assertThat(modelWorker.name()).isEqualTo("\u5468\u6c38");
        campaignActions.submitRecipients(campaign.id(), kaifeng.id(), kfWorker);

        // approvals: Luoyang is returned once, with a note, and resubmitted
        assertThatThrownBy(() -> campaignActions.approveRecipients(campaign.id(), luoyang.id(), false, " ",
                lyApprover)).isInstanceOf(InvalidInputException.class);
        campaignActions.approveRecipients(campaign.id(), luoyang.id(), false, "\u8bf7\u8865\u5145\u4f01\u4e1a\u56f0\u96be\u8bf4\u660e",
                lyApprover);
        assertThat(campaigns.unit(campaign.id(), luoyang.id(), lyWorker).status())
                .isEqualTo(CampaignUnitStatus.REGISTERING);
        campaignActions.submitRecipients(campaign.id(), luoyang.id(), lyWorker);
        campaignActions.approveRecipients(campaign.id(), luoyang.id(), true, null, lyApprover);
        campaignActions.approveRecipients(campaign.id(), zhengzhou.id(), true, null, zzApprover);
        campaignActions.approveRecipients(campaign.id(), kaifeng.id(), true, null, kfApprover);

        // payment lines, once each, reserved on the cities' campaign money
        Recipient paidFile = campaigns.recipient(file.id(), zzWorker);
        assertThat(paidFile.paymentKey()).isEqualTo("camp-" + file.id());
        assertThat(paidFile.paymentStatus()).isEqualTo(PaymentStatus.APPROVED);
        PaymentRecord enterpriseLine = payments.byKey("camp-" + campaigns.recipients(campaign.id(), luoyang.id(),
                lyWorker).get(0).id()).orElseThrow();
        assertThat(enterpriseLine.caseId()).isNull();
        assertThat(enterpriseLine.payingUnitId()).isEqualTo(luoyang.id());
        assertThat(free(luoyang.id())).isEqualByComparingTo("10000");
        assertThat(campaigns.payRecipients(campaign.id(), zhengzhou.id(), "again")).isZero();

        // Zhengzhou's two lines go through a real bank batch (four eyes) and are paid once
        List<Long> zhengzhouLines = List.of(payments.byKey(paidFile.paymentKey()).orElseThrow().id(),
                payments.byKey("camp-" + onDuty.id()).orElseThrow().id());
        CurrentUser gatherer = user(TestBank.FINANCE_AT.get("410100").get(0));
        PaymentBatch batch = batches.gather(zhengzhouLines, gatherer);
        batches.release(batch.id(), 2, money("3000"), user(TestBank.FINANCE_AT.get("410100").get(1)));
        batches.export(batch.id(), StandardCharsets.UTF_8, gatherer);
        bank().answer(batch, null);
        assertThat(campaigns.recipient(file.id(), zzWorker).paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(campaigns.recipient(onDuty.id(), zzWorker).paymentStatus()).isEqualTo(PaymentStatus.PAID);
        assertThat(payments.payments(deep.id())).extracting(PaymentRecord::idempotencyKey)
                .contains("camp-" + file.id());
        assertThat(funds.reconcile(user("finance_henan"))).isEmpty();

        // visits: not in the future; the deep file must be visited before the report
        moveClockTo(LocalDate.of(YEAR, 1, 12), 10);
        assertThatThrownBy(() -> campaigns.recordVisit(file.id(), LocalDate.of(YEAR, 1, 13), null, zzWorker))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("visitedOn"));
        campaignActions.finishVisits(campaign.id(), zhengzhou.id(), zzWorker);
        assertThatThrownBy(() -> campaignActions.submitReport(campaign.id(), zhengzhou.id(), "\u5df2\u5b8c\u6210",
                zzWorker)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(f -> f.field()).containsExactly("reportText"));
        campaigns.recordVisit(file.id(), LocalDate.of(YEAR, 1, 12), "\u5165\u6237\u6170\u95ee", zzWorker);
        campaignActions.submitReport(campaign.id(), zhengzhou.id(), "\u90d1\u5dde\u5e02\u9001\u6e29\u6696\u5de5\u4f5c\u62a5\u544a",
                zzWorker);
        campaignActions.finishVisits(campaign.id(), kaifeng.id(), kfWorker);
        campaignActions.submitReport(campaign.id(), kaifeng.id(), "\u5f00\u5c01\u5e02\u62a5\u544a", kfWorker);
        campaignActions.finishVisits(campaign.id(), luoyang.id(), lyWorker);

        // Luoyang misses the deadline: reminded three days before, escalated to the province after it
        moveClockTo(deadline.minusDays(3), 10);
        runCampaignJobs(campaign);
        assertThat(unitRow(campaign, luoyang).get("reminded_at")).isNotNull();
        assertThat(unitRow(campaign, zhengzhou).get("reminded_at")).as("reported units are not reminded").isNull();
        assertThat(unitRow(campaign, luoyang).get("late")).isEqualTo(false);
        moveClockTo(deadline.plusDays(1), 10);
        runCampaignJobs(campaign);
        assertThat(unitRow(campaign, luoyang).get("late")).isEqualTo(true);
        Task report = campaignTasks(campaign, CampaignVariables.TASK_SUBMIT_UNIT_REPORT).get(0);
        assertThat(tasks.getIdentityLinksForTask(report.getId())).extracting(l -> l.getGroupId())
                .contains(Role.CASE_WORKER.candidateGroup("410300"), Role.CASE_WORKER.candidateGroup("410000"));
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.RUNNING);

        campaignActions.submitReport(campaign.id(), luoyang.id(), "\u6d1b\u9633\u5e02\u62a5\u544a\uff08\u903e\u671f\uff09",
                lyWorker);
        assertThat(campaigns.units(campaign.id(), province)).extracting(CampaignUnit::unitName, CampaignUnit::late,
                CampaignUnit::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(zhengzhou.name(), false, CampaignUnitStatus.REPORTED),
                org.assertj.core.groups.Tuple.tuple(luoyang.name(), true, CampaignUnitStatus.REPORTED),
                org.assertj.core.groups.Tuple.tuple(kaifeng.name(), false, CampaignUnitStatus.REPORTED));
        // the roll-up runs on its own, after the last report has been saved (asynchronous step)
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.RUNNING);
        runCampaignJobs(campaign);
        assertThat(campaigns.campaign(campaign.id()).status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(campaign.processInstanceId() == null
                ? campaigns.campaign(campaign.id()).processInstanceId() : campaign.processInstanceId()).count())
                .isZero();
    }

    private static RecipientCommand entered(CampaignTarget target, String name, String residentId, String holder,
                                            String cash) {
        return new RecipientCommand(target, RecipientOrigin.ENTERED, null, null, null, name, residentId,
                "13800000001", holder, Fixtures.bankCard("622202020011223"), false, money(cash), null, null);
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

    private BigDecimal free(long unitId) {
        return jdbc.sql("SELECT COALESCE(SUM(allocated - passed_down - returned - reserved - spent), 0) "
                + "FROM fund_allocation WHERE unit_id = ? AND fund_year = ? AND source = 'UNION_ALLOCATION'")
                .params(unitId, YEAR).query(BigDecimal.class).single();
    }

    private List<Task> campaignTasks(Campaign campaign, String key) {
        return tasks.createTaskQuery().processInstanceId(campaigns.campaign(campaign.id()).processInstanceId())
                .taskDefinitionKey(key).list();
    }

    private Map<String, Object> unitRow(Campaign campaign, OrgUnit unit) {
        return jdbc.sql("SELECT reminded_at, late, escalated_at FROM campaign_unit WHERE campaign_id = ? "
                + "AND unit_id = ?").params(campaign.id(), unit.id()).query().singleRow();
    }

    private void runCampaignJobs(Campaign campaign) {
        String instance = campaigns.campaign(campaign.id()).processInstanceId();
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(instance).executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                if (management.createJobQuery().jobId(job.getId()).count() > 0) {
                    management.executeJob(job.getId());
                }
            }
        }
        throw new AssertionError("campaign jobs keep coming");
    }
}
