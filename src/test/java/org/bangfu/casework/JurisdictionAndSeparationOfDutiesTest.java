package org.bangfu.casework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.bangfu.Fixtures;
import org.bangfu.IntegrationTest;
import org.bangfu.Rest;
import org.bangfu.approval.DecideCommand;
import org.bangfu.identification.HardshipCase;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.NotFoundException;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A county-A user cannot read or work county-B cases; nobody approves a case they filed: via services and REST. */
class JurisdictionAndSeparationOfDutiesTest extends IntegrationTest {

    @Autowired CaseIntake intake;
    @Autowired TaskInbox inbox;
    @Autowired CaseViews views;
    @Autowired TaskService engineTasks;
    Rest rest;

    @BeforeEach
    void client() {
        rest = new Rest(baseUrl());
    }

    private TaskItem taskOf(HardshipCase filed, String approver) {
        return inbox.groupTasks(user(approver)).stream().filter(t -> t.caseNo().equals(filed.caseNo()))
                .findFirst().orElseThrow();
    }

    @Test
    void huijiUserCannotReadAZhongyuanCaseThroughServiceOrRest() {
        HardshipCase zhongyuan = intake.file(Fixtures.deepHardship(), user("cw_canyin"));

        assertThat(views.detail(zhongyuan.caseNo(), user("approver_zhongyuan")).hardshipCase().id())
                .isEqualTo(zhongyuan.id());
        assertThatThrownBy(() -> views.detail(zhongyuan.caseNo(), user("cw_huiji")))
                .isInstanceOf(NotFoundException.class);
        assertThat(views.cases(user("cw_huiji"))).extracting(HardshipCase::caseNo).doesNotContain(zhongyuan.caseNo());

        assertThat(rest.get("cw_huiji", "/api/cases/" + zhongyuan.caseNo()).status()).isEqualTo(404);
        assertThat(rest.get("cw_zhongyuan", "/api/cases/" + zhongyuan.caseNo()).status()).isEqualTo(200);
        // the city auditor sees the whole city
        assertThat(rest.get("auditor_zhengzhou", "/api/cases/" + zhongyuan.caseNo()).status()).isEqualTo(200);
    }

    @Test
    void huijiApproverCannotSeeClaimOrCompleteAZhongyuanTask() {
        HardshipCase zhongyuan = intake.file(Fixtures.deepHardship(), user("cw_canyin"));
        TaskItem task = taskOf(zhongyuan, "approver_zhongyuan");

        assertThat(inbox.groupTasks(user("approver_huiji"))).extracting(TaskItem::caseNo)
                .doesNotContain(zhongyuan.caseNo());
        assertThatThrownBy(() -> inbox.claim(task.taskId(), user("approver_huiji")))
                .isInstanceOf(NotFoundException.class);
        assertThat(rest.post("approver_huiji", "/api/tasks/" + task.taskId() + "/claim", "").status()).isEqualTo(404);
        assertThat(rest.get("approver_huiji", "/api/tasks?scope=group").body()).doesNotContain(zhongyuan.caseNo());

        // even with the task pushed onto them in the engine, the case stays invisible and cannot be decided
        engineTasks.setAssignee(task.taskId(), "approver_huiji");
        assertThatThrownBy(() -> inbox.decide(task.taskId(), new DecideCommand(0, true, BigDecimal.TEN, null),
                user("approver_huiji"))).isInstanceOf(NotFoundException.class);
        assertThat(rest.post("approver_huiji", "/api/tasks/" + task.taskId() + "/complete",
                Map.of("approve", true, "amount", 10)).status()).isEqualTo(404);
        assertThat(inbox.myTasks(user("approver_huiji"))).extracting(TaskItem::caseNo)
                .doesNotContain(zhongyuan.caseNo());
        engineTasks.setAssignee(task.taskId(), null);
    }

    @Test
    void approverCannotApproveACaseTheyFiled() {
        HardshipCase own = intake.file(Fixtures.deepHardship(), user("lead_huiji"));
        assertThat(inbox.groupTasks(user("lead_huiji"))).extracting(TaskItem::caseNo).doesNotContain(own.caseNo());
        TaskItem task = taskOf(own, "approver_huiji");

        assertThatThrownBy(() -> inbox.claim(task.taskId(), user("lead_huiji")))
                .isInstanceOf(ForbiddenException.class).hasMessage("error.fourEyes");
        Rest.Reply claim = rest.post("lead_huiji", "/api/tasks/" + task.taskId() + "/claim", "");
        assertThat(claim.status()).isEqualTo(403);
        assertThat(claim.json().get("detail").asText()).isEqualTo("You cannot approve a case you filed yourself");

        engineTasks.setAssignee(task.taskId(), "lead_huiji");
        assertThatThrownBy(() -> inbox.decide(task.taskId(), new DecideCommand(0, true, BigDecimal.TEN, null),
                user("lead_huiji"))).isInstanceOf(ForbiddenException.class).hasMessage("error.fourEyes");
        engineTasks.setAssignee(task.taskId(), null);

        // another approver of the same county may
        inbox.claim(task.taskId(), user("approver_huiji"));
        assertThat(rest.post("approver_huiji", "/api/tasks/" + task.taskId() + "/complete",
                Map.of("approve", true, "amount", "800.00")).status()).isEqualTo(204);
    }

    @Test
    void caseWorkerWithoutTheApproverRoleCannotDecide() {
        HardshipCase filed = intake.file(Fixtures.deepHardship(), user("cw_canyin"));
        TaskItem task = taskOf(filed, "approver_zhongyuan");
        engineTasks.setAssignee(task.taskId(), "cw_zhongyuan");
        Rest.Reply reply = rest.post("cw_zhongyuan", "/api/tasks/" + task.taskId() + "/complete",
                Map.of("approve", true, "amount", 10));
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("detail").asText()).isEqualTo("Your role does not allow this");
        engineTasks.setAssignee(task.taskId(), null);
    }

    @Test
    void onlyCaseWorkersFileCases() {
        assertThatThrownBy(() -> intake.file(Fixtures.deepHardship(), user("approver_zhongyuan")))
                .isInstanceOf(ForbiddenException.class);
        assertThat(rest.post("finance_zhongyuan", "/api/cases", Fixtures.deepHardship()).status()).isEqualTo(403);
    }
}
