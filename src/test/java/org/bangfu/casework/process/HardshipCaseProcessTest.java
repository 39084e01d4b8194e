package org.bangfu.casework.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;

import org.bangfu.Fixtures;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.audit.AuditTrail;
import org.bangfu.casework.TaskEscalation;
import org.bangfu.followup.FollowUpService;
import org.bangfu.grading.GradingService;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.RefusalReason;
import org.bangfu.identification.VerificationService;
import org.bangfu.shared.ForbiddenException;
import org.bangfu.shared.InvalidInputException;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** HardshipCaseProcess, identification to opened file, on the real engine: the happy path and every detour. */
class HardshipCaseProcessTest extends ProcessTestSupport {

    @Autowired VerificationService verification;
    @Autowired GradingService grading;
    @Autowired FollowUpService followUp;
    @Autowired AuditTrail audit;

    @Test
    void applicationGoesThroughEveryStepToAnOpenedFile() {
        HardshipCase c = fileDeep();
        ProcessInstance process = fileProcess(c);
        assertThat(process).isWaitingAt(ProcessIds.TASK_FIRST_REVIEW);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.APPLIED);
        firstReview(c);
        assertThat(process).isWaitingAt(ProcessIds.TASK_HOME_VISIT);
        homeVisit(c);
        assertThat(process).isWaitingAt(ProcessIds.TASK_MEANS_CHECK);
        meansCheck(c, cleanCheck());
        assertThat(process).isWaitingAt("Event_NoticePeriodEnds");
        HardshipCase inNotice = reload(c);
        assertThat(inNotice.status()).isEqualTo(CaseStatus.NOTICE);
        assertThat(inNotice.grade()).isEqualTo("DEEP");
        assertThat(inNotice.noticeUntil()).isAfterOrEqualTo(inNotice.noticeFrom().plusDays(5));
        endNotice(c);
        assertThat(process).isWaitingAt(ProcessIds.TASK_APPROVE_FILE);
        approveFile(c);
        HardshipCase opened = reload(c);
        assertThat(opened.status()).isEqualTo(CaseStatus.OPEN);
        assertThat(opened.fileNo()).startsWith("DA410102-");
        // the application ends with the opened file; the file's first follow-up period is an instance of its own
        assertThat(process).isEnded();
        assertThat(passed(c, ProcessIds.END_FILE_OPENED)).isEqualTo(1);
        assertThat(fileProcessKey(c)).isEqualTo(ProcessIds.FOLLOW_UP_PROCESS);
        assertThat(fileProcess(c)).isWaitingAt(ProcessIds.EVENT_EXIT_REQUESTED);
        assertThat(grading.latestAssessment(c.id()).orElseThrow().outcome().decisionKey())
                .isEqualTo(ProcessIds.GRADE_DECISION);
        assertThat(files.participants(c.id())).contains(CW).doesNotContain(APPROVER);
    }

    @Test
    void theNoticeTimerDoesNotFireBeforeItsLastWorkingDayIsOver() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        LocalDate until = reload(c).noticeUntil();
        moveClockTo(until, 20);
        runJobs(c);
        assertThat(fileProcess(c)).isWaitingAt("Event_NoticePeriodEnds");
        moveClockTo(until.plusDays(1), 1);
        runJobs(c);
        assertThat(fileProcess(c)).isWaitingAt(ProcessIds.TASK_APPROVE_FILE);
    }

    @Test
    void firstReviewRefusalEndsTheFileWithTheNote() {
        HardshipCase c = fileDeep();
        String task = claim(c, ProcessIds.TASK_FIRST_REVIEW, CW);
        assertThatThrownBy(() -> actions.firstReview(task, false, " ", user(CW)))
                .isInstanceOf(InvalidInputException.class);
        actions.firstReview(task, false, "非本单位职工", user(CW));
        assertThat(fileProcess(c)).isNull();
        assertThat(passed(c, ProcessIds.END_REFUSED)).isEqualTo(1);
        HardshipCase refused = reload(c);
        assertThat(refused.status()).isEqualTo(CaseStatus.REFUSED);
        assertThat(refused.refusalReason()).isEqualTo(RefusalReason.FIRST_REVIEW);
        assertThat(refused.refusalNote()).isEqualTo("非本单位职工");
    }

    @Test
    void theHomeVisitNeedsTheSignedAuthorization() {
        HardshipCase c = fileDeep();
        firstReview(c);
        String task = claim(c, ProcessIds.TASK_HOME_VISIT, CW);
        assertThatThrownBy(() -> actions.homeVisit(task, today(), "王丽", "困难属实", user(CW)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .anyMatch(err -> err.messageKey().equals("validation.authorization.missing")));
        assertThat(fileProcess(c)).isWaitingAt(ProcessIds.TASK_HOME_VISIT);
    }

    @Test
    void theMeansCheckRevealingTwoHomesEndsTheFileWithThatReason() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c, new MeansCheck(2, false, false, false, false, today(), null));
        assertThat(fileProcess(c)).isNull();
        HardshipCase refused = reload(c);
        assertThat(refused.status()).isEqualTo(CaseStatus.NOT_ELIGIBLE);
        assertThat(refused.refusalReason()).isEqualTo(RefusalReason.TWO_HOMES);
        assertThat(grading.latestAssessment(c.id()).orElseThrow().outcome().reason()).isEqualTo("TWO_HOMES");
    }

    @Test
    void aWellOffHouseholdIsNotEligible() {
        HardshipCase c = fileAt(Fixtures.wellOff(), CW);
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        assertThat(reload(c).refusalReason()).isEqualTo(RefusalReason.INCOME_ABOVE_THRESHOLD);
    }

    @Test
    void anUpheldObjectionDuringTheNoticeRefusesTheFile() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        caseActions.lodgeObjection(c.id(), "邻居李某", "申请人另有住房出租", user(CW));
        assertThat(openTask(c, ProcessIds.TASK_RESOLVE_OBJECTION)).isNotNull();
        actions.resolveObjection(claim(c, ProcessIds.TASK_RESOLVE_OBJECTION, CW), true, "核实确有出租住房",
                user(CW));
        assertThat(fileProcess(c)).isNull();
        assertThat(reload(c).refusalReason()).isEqualTo(RefusalReason.OBJECTION_UPHELD);
        assertThat(passed(c, ProcessIds.END_REFUSED_AFTER_OBJECTION)).isEqualTo(1);
    }

    @Test
    void anObjectionMustBeResolvedBeforeApprovalEvenAfterTheNoticeEnds() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        caseActions.lodgeObjection(c.id(), "匿名", "收入不实", user(CW));
        endNotice(c);
        assertThat(hasTask(c, ProcessIds.TASK_APPROVE_FILE)).isFalse();
        assertThat(fileProcess(c)).isWaitingAt(ProcessIds.TASK_RESOLVE_OBJECTION);
        actions.resolveObjection(claim(c, ProcessIds.TASK_RESOLVE_OBJECTION, CW), false, "经核实收入属实",
                user(CW));
        assertThat(fileProcess(c)).isWaitingAt(ProcessIds.TASK_APPROVE_FILE);
        assertThat(verification.objections(c.id())).singleElement()
                .satisfies(o -> assertThat(o.upheld()).isFalse());
    }

    @Test
    void anObjectionOutsideTheNoticeIsRefused() {
        HardshipCase c = fileDeep();
        assertThatThrownBy(() -> caseActions.lodgeObjection(c.id(), "某人", "内容", user(CW)))
                .hasMessageContaining("error.notInNotice");
    }

    @Test
    void aReturnedFileIsResubmittedAndThenApproved() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        endNotice(c);
        String task = claim(c, ProcessIds.TASK_APPROVE_FILE, APPROVER);
        assertThatThrownBy(() -> actions.decideFile(task, new DecisionCommand(Outcome.RETURNED, null),
                user(APPROVER))).isInstanceOf(InvalidInputException.class);
        actions.decideFile(task, new DecisionCommand(Outcome.RETURNED, "缺少医疗费用票据"), user(APPROVER));
        assertThat(reload(c).status()).isEqualTo(CaseStatus.RETURNED);
        actions.provideInfo(claim(c, ProcessIds.TASK_PROVIDE_INFO, CW), true, "已补充医疗费用票据", user(CW));
        assertThat(reload(c).status()).isEqualTo(CaseStatus.AWAITING_APPROVAL);
        approveFile(c);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.OPEN);
    }

    @Test
    void aRejectedFileEndsWithTheReason() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        endNotice(c);
        actions.decideFile(claim(c, ProcessIds.TASK_APPROVE_FILE, APPROVER),
                new DecisionCommand(Outcome.REJECTED, "材料不实"), user(APPROVER));
        assertThat(fileProcess(c)).isNull();
        assertThat(reload(c).status()).isEqualTo(CaseStatus.REJECTED);
        assertThat(reload(c).refusalNote()).isEqualTo("材料不实");
    }

    @Test
    void nobodyApprovesAFileTheyVisited() {
        // lead_huiji is case worker and approver at the Huiji county union: they file and visit, so they may not approve.
        HardshipCase c = fileAt(Fixtures.deepHardship(), "lead_huiji");
        actions.firstReview(claim(c, ProcessIds.TASK_FIRST_REVIEW, "lead_huiji"), true, "ok", user("lead_huiji"));
        files.attach(c.id(), new org.bangfu.identification.NewAttachment(
                org.bangfu.identification.AttachmentKind.MEANS_CHECK_AUTHORIZATION, "a.pdf", "application/pdf",
                "%PDF-1.4".getBytes(), null), user("lead_huiji"));
        actions.homeVisit(claim(c, ProcessIds.TASK_HOME_VISIT, "lead_huiji"), today(), "杨帆", "属实",
                user("lead_huiji"));
        actions.meansCheck(claim(c, ProcessIds.TASK_MEANS_CHECK, "lead_huiji"), cleanCheck(), user("lead_huiji"));
        endNotice(c);
        String task = openTask(c, ProcessIds.TASK_APPROVE_FILE).getId();
        assertThatThrownBy(() -> inbox.claim(task, user("lead_huiji"))).isInstanceOf(ForbiddenException.class);
        assertThat(inbox.groupTasks(user("lead_huiji"), c.caseNo())).noneMatch(t -> t.taskId().equals(task));
        assertThat(inbox.groupTasks(user("approver_huiji"), c.caseNo())).anyMatch(t -> t.taskId().equals(task));
    }

    @Test
    void anOverdueTaskIsEscalatedToTheSupervisingUnitAfterItsFurtherPeriod() {
        HardshipCase c = fileDeep();
        org.camunda.bpm.engine.task.Task review = openTask(c, ProcessIds.TASK_FIRST_REVIEW);
        assertThat(review.getDueDate()).isNotNull();
        LocalDate due = dayOf(review.getDueDate());
        moveClockTo(due.plusDays(1), 9);
        assertThat(inbox.myTasks(user(CW), c.caseNo())).noneMatch(t -> t.taskId().equals(review.getId()));
        assertThat(inbox.groupTasks(user(CW), c.caseNo())).filteredOn(t -> t.taskId().equals(review.getId()))
                .singleElement().satisfies(t -> assertThat(t.overdue()).isTrue());
        sla.sweep();
        assertThat(tasks.getVariableLocal(review.getId(), TaskEscalation.ESCALATED_TO)).isNull();
        assertThat(review.getFollowUpDate()).isAfter(review.getDueDate());
        moveClockTo(due.plusDays(30), 9);
        assertThat(sla.sweep()).isPositive();
        assertThat(tasks.getIdentityLinksForTask(review.getId())).extracting(IdentityLink::getGroupId)
                .contains("caseworker@410102001", "caseworker@410102");
        assertThat(tasks.getVariableLocal(review.getId(), TaskEscalation.ESCALATED_TO)).isEqualTo("410102");
        assertThat(inbox.groupTasks(user("cw_zhongyuan"), c.caseNo())).anyMatch(t -> t.taskId().equals(review.getId())
                && "410102".equals(t.escalatedTo()));
        assertThat(audit.forCase(c.id())).anyMatch(e -> e.action().equals("TASK_ESCALATED"));
        // once: the escalation moment is spent, a second sweep leaves the task alone
        assertThat(tasks.createTaskQuery().taskId(review.getId()).singleResult().getFollowUpDate()).isNull();
        long entries = audit.forCase(c.id()).stream().filter(e -> e.action().equals("TASK_ESCALATED")).count();
        sla.sweep();
        assertThat(audit.forCase(c.id()).stream().filter(e -> e.action().equals("TASK_ESCALATED")).count())
                .isEqualTo(entries);
        assertThat(fileProcess(c)).isWaitingAt(ProcessIds.TASK_FIRST_REVIEW);
    }

    @Test
    void visitsComeOnTheGradesCycle() {
        HardshipCase c = openFile();
        assertThat(hasTask(c, ProcessIds.TASK_FOLLOW_UP_VISIT)).isFalse();
        moveClockTo(today().plusMonths(1).plusDays(1), 9);
        runJobs(c);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo())
                .taskDefinitionKey(ProcessIds.TASK_FOLLOW_UP_VISIT).count()).isEqualTo(1);
        String visit = claim(c, ProcessIds.TASK_FOLLOW_UP_VISIT, CW);
        assertThatThrownBy(() -> actions.followUpVisit(visit, new org.bangfu.followup.VisitCommand(
                today().plusDays(1), " ", "仍在治疗", null, money("-1")), user(CW)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(err -> err.field())
                        .containsExactlyInAnyOrder("visitDate", "visitors", "hardshipPersists", "perCapitaIncome"));
        assertThat(followUp.visits(c.id())).isEmpty();
        assertThat(hasTask(c, ProcessIds.TASK_FOLLOW_UP_VISIT)).isTrue();
        actions.followUpVisit(visit, new org.bangfu.followup.VisitCommand(
                today(), "王丽", "仍在治疗", true, money("600.00")), user(CW));
        assertThat(followUp.visits(c.id())).hasSize(1);
        assertThat(followUp.incomes(c.id())).singleElement()
                .satisfies(r -> assertThat(r.month()).isEqualTo(YearMonth.from(today()).atDay(1)));
    }

    @Test
    void anAnalystsNewGradeTableGradesNewFilesWhileEarlierFilesKeepTheirVersion() throws Exception {
        HardshipCase before = fileDeep();
        firstReview(before);
        homeVisit(before);
        meansCheck(before, cleanCheck());
        int oldVersion = grading.latestAssessment(before.id()).orElseThrow().outcome().decisionVersion();
        // The analyst lowers the deep threshold to half the 低保 and deploys, as Camunda Modeler would.
        String table = java.nio.file.Files.readString(java.nio.file.Path.of("bpmn/GradeDecision.dmn"));
        String stricter = table.replaceFirst("<inputEntry id=\"([A-Za-z_]+)\"[^>]*>\\s*<text>&lt;= 1</text>",
                "<inputEntry id=\"$1\"><text>&lt;= 0.5</text>");
        assertThat(stricter).isNotEqualTo(table);
        // Outside an approved proposal the engine refuses it (the deployment guard), so deploy as an approved one.
        String deployment = org.bangfu.workflow.guard.DeploymentPermit.deployApproved(1L, () -> engine
                .getRepositoryService().createDeployment().name("analyst change")
                .addString("GradeDecision.dmn", stricter).deploy().getId());
        try {
            HardshipCase after = fileDeep();
            firstReview(after);
            homeVisit(after);
            meansCheck(after, cleanCheck());
            var assessment = grading.latestAssessment(after.id()).orElseThrow();
            assertThat(assessment.outcome().decisionVersion()).isEqualTo(oldVersion + 1);
            assertThat(assessment.outcome().grade().name()).isEqualTo("RELATIVE");
            assertThat(grading.latestAssessment(before.id()).orElseThrow().outcome().decisionVersion())
                    .isEqualTo(oldVersion);
            assertThat(reload(before).grade()).isEqualTo("DEEP");
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment, true);
        }
    }
}
