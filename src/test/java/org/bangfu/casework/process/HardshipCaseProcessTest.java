package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.math.BigDecimal;
import java.time.Duration;

import org.bangfu.IntegrationTest;
import org.bangfu.Fixtures;
import org.bangfu.approval.DecideCommand;
import org.bangfu.audit.AuditEntry;
import org.bangfu.audit.AuditTrail;
import org.bangfu.casework.CaseIntake;
import org.bangfu.casework.TaskInbox;
import org.bangfu.casework.TaskItem;
import org.bangfu.funds.PaymentService;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.IntakeCommand;
import org.bangfu.shared.ConflictException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.test.assertions.bpmn.AbstractAssertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** HardshipCaseProcess on the real engine with the real delegates and database: every path of the BPMN. */
class HardshipCaseProcessTest extends IntegrationTest {

    @Autowired ProcessEngine engine;
    @Autowired RuntimeService runtime;
    @Autowired HistoryService history;
    @Autowired TaskService tasks;
    @Autowired CaseIntake intake;
    @Autowired TaskInbox inbox;
    @Autowired IdentificationService identification;
    @Autowired PaymentService payments;
    @Autowired AuditTrail audit;

    @BeforeEach
    void bindAssertions() {
        AbstractAssertions.init(engine);
    }

    private HardshipCase file(IntakeCommand command) {
        return intake.file(command, user("cw_canyin"));
    }

    private ProcessInstance instance(HardshipCase filed) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(filed.caseNo()).singleResult();
    }

    private boolean ended(HardshipCase filed) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(filed.caseNo()).singleResult()
                .getEndTime() != null;
    }

    private TaskItem approvalTaskFor(HardshipCase filed, String approver) {
        return inbox.groupTasks(user(approver)).stream().filter(t -> t.caseNo().equals(filed.caseNo()))
                .findFirst().orElseThrow();
    }

    /** The county approver claims the case's approval task and decides. */
    private void decide(HardshipCase filed, DecideCommand decision) {
        TaskItem task = approvalTaskFor(filed, "approver_zhongyuan");
        inbox.claim(task.taskId(), user("approver_zhongyuan"));
        inbox.decide(task.taskId(), decision, user("approver_zhongyuan"));
    }

    @Test
    void deepHardshipCaseIsGradedApprovedByTheCountyAndPaid() {
        HardshipCase filed = file(Fixtures.deepHardship());
        assertThat(filed.grade()).isEqualTo("DEEP");
        assertThat(filed.status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);

        ProcessInstance pi = instance(filed);
        assertThat(pi).isWaitingAt(ProcessIds.TASK_APPROVE_AID).hasPassed(ProcessIds.TASK_ASSESS_GRADE);
        String taskId = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        assertThat(tasks.getIdentityLinksForTask(taskId)).extracting(IdentityLink::getGroupId)
                .containsExactly("approver@410102");

        decide(filed, new DecideCommand(0, true, new BigDecimal("2500"), null));

        await(() -> ended(filed), Duration.ofSeconds(20));
        assertThat(pi).hasPassed(ProcessIds.TASK_RECORD_PAYMENT, ProcessIds.END_AID_PAID).isEnded();
        assertThat(payments.payment(filed.id())).hasValueSatisfying(p -> {
            assertThat(p.amount()).isEqualByComparingTo("2500.00");
            assertThat(p.payeeName()).isEqualTo("测试职工");
            assertThat(p.cardMasked()).endsWith(filed.bankCardMasked().substring(15));
        });
        assertThat(identification.caseById(filed.id()).status()).isEqualTo(CaseStatus.PAID);
        assertThat(audit.forCase(filed.id())).extracting(AuditEntry::action)
                .containsExactly("CASE_FILED", "CASE_GRADED", "AID_APPROVED", "PAYMENT_RECORDED");
    }

    @Test
    void rejectedCaseEndsWithoutPaymentAndFreesTheWorkerForANewCase() {
        IntakeCommand command = Fixtures.deepHardship();
        HardshipCase filed = file(command);
        decide(filed, new DecideCommand(0, false, null, "家庭收入核实后高于标准"));

        assertThat(history.createHistoricActivityInstanceQuery()
                .processInstanceId(historicId(filed))
                .activityId(ProcessIds.END_CASE_REJECTED).count()).isEqualTo(1);
        assertThat(ended(filed)).isTrue();
        assertThat(payments.payment(filed.id())).isEmpty();
        assertThat(identification.caseById(filed.id()).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(file(command).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
    }

    @Test
    void householdAboveTwiceTheMinimumStandardEndsAsNotEligibleWithoutATask() {
        HardshipCase filed = file(Fixtures.wellOff());
        assertThat(filed.grade()).isEqualTo("NOT_ELIGIBLE");
        assertThat(filed.status()).isEqualTo(CaseStatus.NOT_ELIGIBLE);
        assertThat(ended(filed)).isTrue();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(historicId(filed))
                .activityId(ProcessIds.END_NOT_ELIGIBLE).count()).isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(filed.caseNo()).count()).isZero();
    }

    @Test
    void paymentIsRecordedOnceEvenWhenTheStepRunsAgainAndNeverWithoutApproval() {
        HardshipCase waiting = file(Fixtures.deepHardship());
        assertThatThrownBy(() -> payments.recordPayment(waiting.id())).isInstanceOf(ConflictException.class)
                .hasMessage("error.paymentWithoutApproval");

        decide(waiting, new DecideCommand(0, true, new BigDecimal("1000.50"), null));
        await(() -> ended(waiting), Duration.ofSeconds(20));
        var first = payments.payment(waiting.id()).orElseThrow();
        var again = payments.recordPayment(waiting.id());
        assertThat(again.idempotencyKey()).isEqualTo(first.idempotencyKey());
        assertThat(again.recordedAt()).isEqualTo(first.recordedAt());
        assertThat(again.amount()).isEqualByComparingTo("1000.50");
    }

    private String historicId(HardshipCase filed) {
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(filed.caseNo()).singleResult()
                .getId();
    }
}
