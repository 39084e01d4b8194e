package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.bangfu.Fixtures;
import org.bangfu.approval.AidService;
import org.bangfu.approval.AidStatus;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.casework.TaskEscalation;
import org.bangfu.identification.CaseKind;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.CompleteFileCommand;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.MemberStatus;
import org.bangfu.identification.Relation;
import org.bangfu.shared.InvalidInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** EmergencyReliefProcess: pay first within a working day, then complete the file or cancel the temporary one. */
class EmergencyReliefProcessTest extends ProcessTestSupport {

    @Autowired AidService aid;

    private HardshipCase report() {
        return intake.fileEmergency(Fixtures.emergency(), money("2500.00"), "工伤住院先行救助", user(CW));
    }

    private ProcessInstance emergencyProcess(HardshipCase c) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(c.caseNo())
                .processDefinitionKey(ProcessIds.EMERGENCY_RELIEF_PROCESS).singleResult();
    }

    private void approveAndPay(HardshipCase c) {
        actions.decideAid(claim(c, ProcessIds.TASK_APPROVE_EMERGENCY, APPROVER),
                new DecisionCommand(Outcome.APPROVED, null), user(APPROVER));
        assertThat(hasTask(c, ProcessIds.TASK_COMPLETE_EMERGENCY_FILE)).as("waits for the bank").isFalse();
        bankPays(c);
    }

    @Test
    void reliefIsPaidFirstAndTheFileIsCompletedIntoAFullApplicationWithoutReEnteringTheWorker() {
        HardshipCase c = report();
        assertThat(c.status()).isEqualTo(CaseStatus.EMERGENCY);
        assertThat(c.kind()).isEqualTo(CaseKind.EMERGENCY);
        Task approval = openTask(c, ProcessIds.TASK_APPROVE_EMERGENCY);
        LocalDate due = dayOf(approval.getDueDate());
        assertThat(due).isBeforeOrEqualTo(today().plusDays(4));
        approveAndPay(c);
        assertThat(payments.payments(c.id())).singleElement().satisfies(p -> {
            assertThat(p.purpose()).isEqualTo("EMERGENCY");
            assertThat(p.amount()).isEqualByComparingTo("2500.00");
        });
        assertThat(emergencyProcess(c)).isWaitingAt(ProcessIds.TASK_COMPLETE_EMERGENCY_FILE);
        String complete = claim(c, ProcessIds.TASK_COMPLETE_EMERGENCY_FILE, CW);
        assertThatThrownBy(() -> actions.completeEmergencyFile(complete, true, new CompleteFileCommand(3,
                money("24000.00"), money("6000.00"), Fixtures.profile(), List.of()), null, user(CW)))
                .isInstanceOf(InvalidInputException.class);
        actions.completeEmergencyFile(complete, true, new CompleteFileCommand(2, money("12000.00"),
                money("3000.00"), Fixtures.profile(), List.of(Fixtures.member("配偶", Relation.SPOUSE,
                        MemberStatus.UNEMPLOYED))), null, user(CW));
        assertThat(emergencyProcess(c)).isNull();
        assertThat(passed(c, ProcessIds.END_CONVERTED)).isEqualTo(1);
        HardshipCase converted = reload(c);
        assertThat(converted.status()).isEqualTo(CaseStatus.VERIFYING);
        assertThat(converted.workerName()).isEqualTo(c.workerName());
        assertThat(converted.householdSize()).isEqualTo(2);
        // already verified by the emergency approval: the file goes straight to the home visit
        assertThat(fileProcess(converted)).isWaitingAt(ProcessIds.TASK_HOME_VISIT);
        homeVisit(converted);
        meansCheck(converted, cleanCheck());
        assertThat(reload(converted).status()).isEqualTo(CaseStatus.NOTICE);
    }

    @Test
    void aCancelledTemporaryFileEndsWithTheReasonAndFreesTheWorker() {
        HardshipCase c = report();
        approveAndPay(c);
        String task = claim(c, ProcessIds.TASK_COMPLETE_EMERGENCY_FILE, CW);
        assertThatThrownBy(() -> actions.completeEmergencyFile(task, false, null, "", user(CW)))
                .isInstanceOf(InvalidInputException.class);
        actions.completeEmergencyFile(task, false, null, "一次性救助后已恢复工作", user(CW));
        assertThat(passed(c, ProcessIds.END_CANCELLED)).isEqualTo(1);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.CANCELLED);
    }

    @Test
    void aRejectedEmergencyPaysNothing() {
        HardshipCase c = report();
        String task = claim(c, ProcessIds.TASK_APPROVE_EMERGENCY, APPROVER);
        assertThatThrownBy(() -> actions.decideAid(task, new DecisionCommand(Outcome.RETURNED, "补材料"),
                user(APPROVER))).isInstanceOf(InvalidInputException.class);
        actions.decideAid(task, new DecisionCommand(Outcome.REJECTED, "不属于突发困难"), user(APPROVER));
        assertThat(payments.payments(c.id())).isEmpty();
        assertThat(reload(c).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(aid.requests(c.id())).singleElement().satisfies(r ->
                assertThat(r.status()).isEqualTo(AidStatus.REJECTED));
    }

    @Test
    void anEmergencyAboveTheEmergencyCapIsRefused() {
        assertThatThrownBy(() -> intake.fileEmergency(Fixtures.emergency(), money("10000.01"), "救助", user(CW)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(err -> assertThat(err.messageKey()).isEqualTo("validation.aid.overEmergencyCap")));
    }

    @Test
    void aMissedOneWorkingDayEscalatesToTheCity() {
        HardshipCase c = report();
        Task approval = openTask(c, ProcessIds.TASK_APPROVE_EMERGENCY);
        LocalDate due = dayOf(approval.getDueDate());
        moveClockTo(due.plusDays(1), 0);
        sla.sweep();
        assertThat(tasks.getIdentityLinksForTask(approval.getId())).extracting(IdentityLink::getGroupId)
                .contains("approver@410102", "approver@410100");
        assertThat(tasks.getVariableLocal(approval.getId(), TaskEscalation.ESCALATED_TO)).isEqualTo("410100");
        assertThat(inbox.groupTasks(user("approver_zhengzhou"), c.caseNo()))
                .anyMatch(t -> t.taskId().equals(approval.getId()));
    }
}
