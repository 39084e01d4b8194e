package org.bangfu.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.bangfu.workflow.TaskItem;
import org.bangfu.Fixtures;
import org.bangfu.Rest;
import org.bangfu.approval.AidRequest;
import org.bangfu.approval.AidRequestCommand;
import org.bangfu.approval.AidService;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.approval.Tier;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.identification.AidType;
import org.bangfu.identification.HardshipCase;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who may see and do what, in the services and over REST: units, roles, tiers and the four-eyes rule. */
class JurisdictionAndSeparationOfDutiesTest extends ProcessTestSupport {

    @Autowired CaseViews views;
    @Autowired AidService aid;
    Rest rest;

    @BeforeEach
    void client() {
        rest = new Rest(baseUrl());
    }

    @Test
    void huijiUserCannotReadAZhongyuanCaseThroughServiceOrRest() {
        HardshipCase zhongyuan = fileDeep();
        assertThat(views.detail(zhongyuan.caseNo(), user("approver_zhongyuan")).hardshipCase().id())
                .isEqualTo(zhongyuan.id());
        assertThatThrownBy(() -> views.detail(zhongyuan.caseNo(), user("cw_huiji")))
                .isInstanceOf(NotFoundException.class);
        assertThat(views.cases(user("cw_huiji"), 0, 200)).extracting(HardshipCase::caseNo).doesNotContain(zhongyuan.caseNo());
        assertThat(rest.get("cw_huiji", "/api/cases/" + zhongyuan.caseNo()).status()).isEqualTo(404);
        assertThat(rest.get("cw_zhongyuan", "/api/cases/" + zhongyuan.caseNo()).status()).isEqualTo(200);
        assertThat(rest.get("auditor_zhengzhou", "/api/cases/" + zhongyuan.caseNo()).status()).isEqualTo(200);
    }

    @Test
    void huijiCaseWorkerCannotSeeClaimOrCompleteAZhongyuanTaskEvenWhenAssignedInTheEngine() {
        HardshipCase zhongyuan = fileDeep();
        String task = openTask(zhongyuan, ProcessIds.TASK_FIRST_REVIEW).getId();
        assertThat(inbox.groupTasks(user("cw_huiji"), zhongyuan.caseNo()))
                .extracting(TaskItem::caseNo).doesNotContain(zhongyuan.caseNo());
        assertThatThrownBy(() -> inbox.claim(task, user("cw_huiji"))).isInstanceOf(NotFoundException.class);
        assertThat(rest.post("cw_huiji", "/api/tasks/" + task + "/claim", "").status()).isEqualTo(404);
        tasks.setAssignee(task, "cw_huiji");
        assertThatThrownBy(() -> actions.firstReview(task, true, null, user("cw_huiji")))
                .isInstanceOf(NotFoundException.class);
        assertThat(rest.post("cw_huiji", "/api/tasks/" + task + "/first-review", Map.of("passed", true)).status())
                .isEqualTo(404);
        tasks.setAssignee(task, null);
    }

    @Test
    void anApproverWhoFiledAndVisitedTheFileMayNotApproveItAndRestSaysWhy() {
        HardshipCase own = fileAt(Fixtures.deepHardship(), "lead_huiji");
        actions.firstReview(claim(own, ProcessIds.TASK_FIRST_REVIEW, "lead_huiji"), true, null, user("lead_huiji"));
        files.attach(own.id(), new org.bangfu.identification.NewAttachment(
                org.bangfu.identification.AttachmentKind.MEANS_CHECK_AUTHORIZATION, "a.pdf", "application/pdf",
                "%PDF-1.4".getBytes(), null), user("lead_huiji"));
        actions.homeVisit(claim(own, ProcessIds.TASK_HOME_VISIT, "lead_huiji"), today(), "杨帆", "属实",
                user("lead_huiji"));
        actions.meansCheck(claim(own, ProcessIds.TASK_MEANS_CHECK, "lead_huiji"), cleanCheck(), user("lead_huiji"));
        endNotice(own);
        String task = openTask(own, ProcessIds.TASK_APPROVE_FILE).getId();
        Rest.Reply claim = rest.post("lead_huiji", "/api/tasks/" + task + "/claim", "");
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.json().get("detail").asText()).contains("filed, reviewed, visited");
        tasks.setAssignee(task, "lead_huiji");
        assertThatThrownBy(() -> actions.decideFile(task, new DecisionCommand(Outcome.APPROVED, null),
                user("lead_huiji"))).isInstanceOf(ForbiddenException.class).hasMessage("error.duties.touchedWork");
        tasks.setAssignee(task, null);
        inbox.claim(task, user("approver_huiji"));
        assertThat(rest.post("approver_huiji", "/api/tasks/" + task + "/decide-file", Map.of("outcome", "APPROVED"))
                .status()).isEqualTo(204);
    }

    @Test
    void aCaseWorkerWithoutTheApproverRoleCannotDecideAFile() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        endNotice(c);
        String task = openTask(c, ProcessIds.TASK_APPROVE_FILE).getId();
        tasks.setAssignee(task, "cw_zhongyuan");
        Rest.Reply reply = rest.post("cw_zhongyuan", "/api/tasks/" + task + "/decide-file",
                Map.of("outcome", "APPROVED"));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("detail").asText()).isEqualTo("Your role does not allow this");
        tasks.setAssignee(task, null);
        Rest.Reply claim = rest.post("cw_canyin", "/api/tasks/" + task + "/claim", "");
        assertThat(claim.status()).isEqualTo(404);
    }

    @Test
    void tiersDecideInOrderEachByItsOwnUnitAndNobodyTwice() {
        HardshipCase c = openFile();
        AidRequest request = caseActions.requestAid(new AidRequestCommand(c.id(), AidType.MEDICAL,
                money("30000.00"), money("40000.00"), null, "住院"), user(CW));
        assertThat(request.requiredTier()).isEqualTo(Tier.PROVINCE);
        // the province cannot skip the county, nor decide before its turn
        assertThatThrownBy(() -> aid.checkMayDecide(request.id(), Tier.COUNTY, user("approver_henan")))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.notYourTier");
        assertThatThrownBy(() -> aid.checkMayDecide(request.id(), Tier.PROVINCE, user("approver_henan")))
                .isInstanceOf(ConflictException.class);
        // the county cannot decide the province's tier
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_AID, APPROVER), new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER));
        assertThatThrownBy(() -> aid.checkMayDecide(request.id(), Tier.PROVINCE, user(APPROVER)))
                .isInstanceOf(ForbiddenException.class);
        aid.checkMayDecide(request.id(), Tier.PROVINCE, user("approver_henan"));
        // the county approver may not approve the same request again as a supervisor
        assertThat(inbox.groupTasks(user("approver_national"), c.caseNo()))
                .noneMatch(t -> t.caseNo().equals(c.caseNo()));
    }

    @Test
    void onlyCaseWorkersFileCases() {
        assertThatThrownBy(() -> intake.file(Fixtures.deepHardship(), user("approver_zhongyuan")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(rest.post("finance_zhongyuan", "/api/cases", Fixtures.deepHardship()).status()).isEqualTo(403);
    }

    @Test
    void workRecordedElsewhereCompletesNoTaskOutsideTheUsersSubtree() {
        HardshipCase zhongyuan = fileDeep();
        firstReview(zhongyuan);
        homeVisit(zhongyuan);
        String task = openTask(zhongyuan, ProcessIds.TASK_MEANS_CHECK).getId();
        assertThatThrownBy(() -> inbox.completeOpen(zhongyuan.caseNo(), ProcessIds.TASK_MEANS_CHECK,
                user("cw_huiji"))).isInstanceOf(NotFoundException.class);
        assertThat(tasks.createTaskQuery().taskId(task).count()).isEqualTo(1);
    }
}
