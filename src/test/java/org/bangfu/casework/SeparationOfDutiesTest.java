package org.bangfu.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

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
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.NewAttachment;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.bangfu.shared.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * H2: whoever filed, reviewed, visited, revised or supplied data for an application may not approve it, on every
 * tier: refused in the service (403 problem JSON over REST) and not offered in the inbox.
 */
class SeparationOfDutiesTest extends ProcessTestSupport {

    private static final String LEAD = "lead_huiji";

    @Autowired AidService aid;
    @Autowired org.bangfu.approval.ApprovalService approval;
    @Autowired org.bangfu.followup.FollowUpService followUp;

    @Test
    void theReviserOfAReturnedAidRequestCannotApproveIt() {
        HardshipCase c = openHuijiFile();
        AidRequest request = caseActions.requestAid(new AidRequestCommand(c.id(), AidType.LIVING, money("2000.00"),
                null, null, "\u751f\u6d3b\u56f0\u96be"), user("cw_huiji"));
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_AID, "approver_huiji"),
                new DecisionCommand(Outcome.RETURNED, "\u8bf7\u8865\u5145\u8bf4\u660e"), user("approver_huiji"));
        // lead_huiji (case worker and approver) revises the returned request ...
        actions.reviseAid(claim(c, ProcessIds.TASK_REVISE_AID_REQUEST, LEAD), true, money("1800.00"),
                "\u5df2\u8865\u5145\u533b\u9662\u8bc1\u660e", user(LEAD));
        String task = openTask(c, ProcessIds.TASK_APPROVE_AID).getId();

        // ... and may neither see it offered, nor claim it, nor decide it, in the service or over REST
        assertThat(inbox.groupTasks(user(LEAD), c.caseNo())).noneMatch(t -> t.taskId().equals(task));
        assertThatThrownBy(() -> inbox.claim(task, user(LEAD))).isInstanceOf(ForbiddenException.class)
                .hasMessage("error.duties.touchedWork");
        Rest.Reply claim = new Rest(baseUrl()).post(LEAD, "/api/tasks/" + task + "/claim", "");
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.contentType()).contains("application/problem+json");
        assertThat(claim.json().get("detail").asText()).contains("revised");
        tasks.setAssignee(task, LEAD);
        assertThatThrownBy(() -> actions.decideAid(task, new DecisionCommand(Outcome.APPROVED, null), user(LEAD)))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.duties.touchedWork");
        assertThat(aid.aidRequest(request.id()).status().name()).isEqualTo("PENDING");
        tasks.setAssignee(task, null);

        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_AID, "approver_huiji"),
                new DecisionCommand(Outcome.APPROVED, null), user("approver_huiji"));
        assertThat(aid.aidRequest(request.id()).status().name()).isEqualTo("APPROVED");
    }

    @Test
    void aReviserIsRefusedOnTheProvinceTierToo() {
        HardshipCase c = openFile();
        CurrentUser provinceLead = staff("t12lead_410000", "410000", Role.CASE_WORKER, Role.APPROVER);
        AidRequest request = caseActions.requestAid(new AidRequestCommand(c.id(), AidType.MEDICAL,
                money("30000.00"), money("40000.00"), null, "\u4f4f\u9662"), user(CW));
        assertThat(request.requiredTier()).isEqualTo(Tier.PROVINCE);
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_AID, APPROVER), new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER));
        // the province returns it; a province officer who is case worker too revises it
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_AID, "approver_henan"),
                new DecisionCommand(Outcome.RETURNED, "\u8bf7\u8865\u5145"), user("approver_henan"));
        String revise = openTask(c, ProcessIds.TASK_REVISE_AID_REQUEST).getId();
        tasks.setAssignee(revise, provinceLead.username());
        actions.reviseAid(revise, true, money("28000.00"), "\u5df2\u8865\u5145", provinceLead);
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_AID, APPROVER), new DecisionCommand(Outcome.APPROVED, null),
                user(APPROVER));

        String provinceTask = openTask(c, ProcessIds.TASK_APPROVE_AID).getId();
        assertThatThrownBy(() -> aid.checkMayDecide(request.id(), Tier.PROVINCE, provinceLead))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.duties.touchedWork");
        assertThatThrownBy(() -> inbox.claim(provinceTask, provinceLead)).isInstanceOf(ForbiddenException.class);
        assertThat(inbox.groupTasks(provinceLead, c.caseNo())).noneMatch(t -> t.taskId().equals(provinceTask));
        // approver_henan took no part in this round and may decide
        aid.checkMayDecide(request.id(), Tier.PROVINCE, user("approver_henan"));
    }

    @Test
    void whoeverRevisedAReturnedFileCannotApproveIt() {
        HardshipCase c = fileAt(Fixtures.deepHardship(), "cw_huiji");
        actions.firstReview(claim(c, ProcessIds.TASK_FIRST_REVIEW, "cw_huiji"), true, null, user("cw_huiji"));
        files.attach(c.id(), new NewAttachment(AttachmentKind.MEANS_CHECK_AUTHORIZATION, "a.pdf", "application/pdf",
                "%PDF-1.4 signed".getBytes(), null), user("cw_huiji"));
        actions.homeVisit(claim(c, ProcessIds.TASK_HOME_VISIT, "cw_huiji"), today(), "\u5218\u6d0b", "\u5c5e\u5b9e",
                user("cw_huiji"));
        actions.meansCheck(claim(c, ProcessIds.TASK_MEANS_CHECK, "cw_huiji"), cleanCheck(), user("cw_huiji"));
        endNotice(c);
        actions.decideFile(claim(c, ProcessIds.TASK_APPROVE_FILE, "approver_huiji"),
                new DecisionCommand(Outcome.RETURNED, "\u8bf7\u8865\u5145\u6536\u5165\u8bc1\u660e"),
                user("approver_huiji"));
        actions.provideInfo(claim(c, ProcessIds.TASK_PROVIDE_INFO, LEAD), true, "\u5df2\u8865\u5145", user(LEAD));

        String task = openTask(c, ProcessIds.TASK_APPROVE_FILE).getId();
        assertThatThrownBy(() -> inbox.claim(task, user(LEAD))).isInstanceOf(ForbiddenException.class)
                .hasMessage("error.duties.touchedWork");
        tasks.setAssignee(task, LEAD);
        assertThatThrownBy(() -> actions.decideFile(task, new DecisionCommand(Outcome.APPROVED, null), user(LEAD)))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.duties.touchedWork");
        tasks.setAssignee(task, null);
        assertThat(inbox.groupTasks(user(LEAD), c.caseNo())).noneMatch(t -> t.taskId().equals(task));
        actions.decideFile(claim(c, ProcessIds.TASK_APPROVE_FILE, "approver_huiji"),
                new DecisionCommand(Outcome.APPROVED, null), user("approver_huiji"));
    }

    @Test
    void whoeverFollowedUpWithAVisitOrSuppliedIncomeMayApproveNothingOfTheFile() {
        HardshipCase c = openHuijiFile();
        approval.checkMayDecide(c.id(), Tier.COUNTY, user(LEAD));
        followUp.recordVisit(c.id(), new org.bangfu.followup.VisitCommand(today(), "\u6768\u5e06", "\u4ecd\u56f0\u96be",
                true, money("500.00")), user(LEAD));
        assertThatThrownBy(() -> approval.checkMayDecide(c.id(), Tier.COUNTY, user(LEAD)))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.duties.touchedWork");
        AidRequest request = caseActions.requestAid(new AidRequestCommand(c.id(), AidType.LIVING, money("1000.00"),
                null, null, "\u751f\u6d3b"), user("cw_huiji"));
        assertThatThrownBy(() -> aid.checkMayDecide(request.id(), Tier.COUNTY, user(LEAD)))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.duties.touchedWork");
        aid.checkMayDecide(request.id(), Tier.COUNTY, user("approver_huiji"));
    }

    @Test
    void aBulkClaimWithOneForbiddenTaskClaimsTheOthersAndSaysWhyTheOneWasRefused() {
        HardshipCase own = fileAt(Fixtures.deepHardship(), LEAD);
        HardshipCase other = fileAt(Fixtures.deepHardship(), "cw_huiji");
        String ownReview = openTask(own, ProcessIds.TASK_FIRST_REVIEW).getId();
        actions.firstReview(claim(own, ProcessIds.TASK_FIRST_REVIEW, LEAD), true, null, user(LEAD));
        files.attach(own.id(), new NewAttachment(AttachmentKind.MEANS_CHECK_AUTHORIZATION, "a.pdf", "application/pdf",
                "%PDF-1.4 signed".getBytes(), null), user("cw_huiji"));
        actions.homeVisit(claim(own, ProcessIds.TASK_HOME_VISIT, "cw_huiji"), today(), "\u5218\u6d0b",
                "\u5c5e\u5b9e", user("cw_huiji"));
        actions.meansCheck(claim(own, ProcessIds.TASK_MEANS_CHECK, "cw_huiji"), cleanCheck(), user("cw_huiji"));
        endNotice(own);
        String forbidden = openTask(own, ProcessIds.TASK_APPROVE_FILE).getId();
        String allowed = openTask(other, ProcessIds.TASK_FIRST_REVIEW).getId();
        assertThat(ownReview).isNotEqualTo(forbidden);

        Rest.Reply reply = new Rest(baseUrl()).post(LEAD, "/api/tasks/claim",
                Map.of("taskIds", List.of(forbidden, allowed)));
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("claimed").asInt()).isEqualTo(1);
        assertThat(reply.json().get("refused").asInt()).isEqualTo(1);
        var results = reply.json().get("results");
        assertThat(results.get(0).get("taskId").asText()).isEqualTo(forbidden);
        assertThat(results.get(0).get("claimed").asBoolean()).isFalse();
        assertThat(results.get(0).get("reasonKey").asText()).isEqualTo("error.duties.touchedWork");
        assertThat(results.get(0).get("reason").asText()).isNotBlank().isNotEqualTo("error.duties.touchedWork");
        assertThat(results.get(1).get("taskId").asText()).isEqualTo(allowed);
        assertThat(results.get(1).get("claimed").asBoolean()).isTrue();
        assertThat(tasks.createTaskQuery().taskId(allowed).singleResult().getAssignee()).isEqualTo(LEAD);
        assertThat(tasks.createTaskQuery().taskId(forbidden).singleResult().getAssignee()).isNull();
        tasks.setAssignee(allowed, null);
    }

    /** A file of the Huiji county union, filed and checked by cw_huiji, approved by approver_huiji. */
    private HardshipCase openHuijiFile() {
        HardshipCase c = fileAt(Fixtures.deepHardship(), "cw_huiji");
        actions.firstReview(claim(c, ProcessIds.TASK_FIRST_REVIEW, "cw_huiji"), true, null, user("cw_huiji"));
        files.attach(c.id(), new NewAttachment(AttachmentKind.MEANS_CHECK_AUTHORIZATION, "a.pdf", "application/pdf",
                "%PDF-1.4 signed".getBytes(), null), user("cw_huiji"));
        actions.homeVisit(claim(c, ProcessIds.TASK_HOME_VISIT, "cw_huiji"), today(), "\u5218\u6d0b", "\u5c5e\u5b9e",
                user("cw_huiji"));
        actions.meansCheck(claim(c, ProcessIds.TASK_MEANS_CHECK, "cw_huiji"), cleanCheck(), user("cw_huiji"));
        endNotice(c);
        actions.decideFile(claim(c, ProcessIds.TASK_APPROVE_FILE, "approver_huiji"),
                new DecisionCommand(Outcome.APPROVED, null), user("approver_huiji"));
        return reload(c);
    }

    private CurrentUser staff(String username, String unitCode, Role... roles) {
        if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(username).query(Integer.class)
                .single() == 0) {
            jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled) "
                    + "VALUES (?, 'x', ?, ?, TRUE)")
                    .params(username, username, organization.unitByCode(unitCode).orElseThrow().id()).update();
            for (Role role : roles) {
                jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, ?)").params(username, role.name())
                        .update();
            }
        }
        return user(username);
    }
}
