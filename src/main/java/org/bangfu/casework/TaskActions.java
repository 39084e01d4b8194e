package org.bangfu.casework;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.bangfu.approval.AidService;
import org.bangfu.approval.ApprovalService;
import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.Outcome;
import org.bangfu.approval.Tier;
import org.bangfu.casework.process.ProcessIds;
import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.FollowUpService;
import org.bangfu.funds.PaymentService;
import org.bangfu.followup.ReverificationItem;
import org.bangfu.followup.VisitCommand;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.CompleteFileCommand;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.NewAttachment;
import org.bangfu.identification.Objection;
import org.bangfu.identification.RefusalReason;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.ConflictException;
import org.bangfu.shared.TextInput;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Completing user tasks: each method checks that the task is the user's and of the right type, lets the module
 * that owns the data record the work (refusing bad input, saving nothing then), and completes the task with the
 * gateway flags. One transaction: if the module refuses, the task stays open.
 */
@Service
public class TaskActions {

    private final TaskInbox inbox;
    private final TaskService tasks;
    private final IdentificationService files;
    private final VerificationService verification;
    private final ApprovalService approval;
    private final AidService aid;
    private final FollowUpService followUp;
    private final PaymentService payments;

    TaskActions(TaskInbox inbox, TaskService tasks, IdentificationService files, VerificationService verification,
                ApprovalService approval, AidService aid, FollowUpService followUp, PaymentService payments) {
        this.payments = payments;
        this.inbox = inbox;
        this.tasks = tasks;
        this.files = files;
        this.verification = verification;
        this.approval = approval;
        this.aid = aid;
        this.followUp = followUp;
    }

    @Transactional
    public void firstReview(String taskId, boolean passed, String note, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_FIRST_REVIEW);
        verification.firstReview(inbox.caseIdOf(task), passed, note, user);
        tasks.complete(taskId, Map.of(ProcessIds.VAR_FIRST_REVIEW_PASSED, passed));
    }

    @Transactional
    public void homeVisit(String taskId, LocalDate visitDate, String visitors, String findings, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_HOME_VISIT);
        verification.recordVisit(inbox.caseIdOf(task), visitDate, visitors, findings, user);
        tasks.complete(taskId);
    }

    @Transactional
    public void meansCheck(String taskId, MeansCheck result, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_MEANS_CHECK);
        verification.recordMeansCheck(inbox.caseIdOf(task), result, user);
        tasks.complete(taskId);
    }

    /** Imports a civil-affairs result file and completes the means-check task of every case in it. */
    @Transactional
    public int importMeansChecks(byte[] csv, CurrentUser user) {
        List<Long> recorded = verification.importMeansChecks(csv, user);
        int completed = 0;
        for (long caseId : recorded) {
            HardshipCase c = files.caseById(caseId);
            for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(c.caseNo())
                    .taskDefinitionKey(ProcessIds.TASK_MEANS_CHECK).list()) {
                tasks.complete(task.getId());
                completed++;
            }
        }
        return completed;
    }

    /** The objection a resolve task works on: the oldest one of the case still unresolved. */
    @Transactional(readOnly = true)
    public Objection objectionOf(String taskId, CurrentUser user) {
        Task task = inbox.visibleTask(taskId, user);
        return verification.objections(inbox.caseIdOf(task)).stream().filter(o -> o.upheld() == null).findFirst()
                .orElseThrow(() -> new ConflictException("error.noOpenObjection"));
    }

    @Transactional
    public void resolveObjection(String taskId, boolean upheld, String resolution, CurrentUser user) {
        inbox.assignedTask(taskId, user, ProcessIds.TASK_RESOLVE_OBJECTION);
        verification.resolveObjection(objectionOf(taskId, user).id(), upheld, resolution, user);
        tasks.complete(taskId, Map.of(ProcessIds.VAR_OBJECTION_UPHELD, upheld));
    }

    @Transactional
    public void decideFile(String taskId, DecisionCommand decision, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_APPROVE_FILE);
        Outcome outcome = approval.decideFile(inbox.caseIdOf(task), decision, user).outcome();
        tasks.complete(taskId, Map.of(ProcessIds.VAR_FILE_DECISION, outcome.name()));
    }

    /** The case worker answers a return: resubmit with what was added, or withdraw the application. */
    @Transactional
    public void provideInfo(String taskId, boolean resubmit, String note, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_PROVIDE_INFO);
        long caseId = inbox.caseIdOf(task);
        if (resubmit) {
            approval.resubmitFile(caseId, note, user);
        } else {
            endFile(caseId, CaseStatus.REFUSED, RefusalReason.WITHDRAWN, "note", note, user);
        }
        tasks.complete(taskId, Map.of(ProcessIds.VAR_RESUBMITTED, resubmit));
    }

    /** A tier's decision on an aid request (Task_ApproveAid) or on emergency relief (Task_ApproveEmergency). */
    @Transactional
    public void decideAid(String taskId, DecisionCommand decision, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_APPROVE_AID, ProcessIds.TASK_APPROVE_EMERGENCY);
        boolean emergency = ProcessIds.TASK_APPROVE_EMERGENCY.equals(task.getTaskDefinitionKey());
        if (emergency && decision != null && decision.outcome() == Outcome.RETURNED) {
            throw new InvalidInputException(FieldError.of("decision", "validation.emergency.noReturn"));
        }
        Object tier = tasks.getVariable(taskId, ProcessIds.VAR_TIER);
        Outcome outcome = aid.decide(inbox.requestIdOf(task), tier == null ? Tier.COUNTY : Tier.valueOf(tier.toString()),
                decision, user).outcome();
        tasks.complete(taskId, Map.of(ProcessIds.VAR_AID_DECISION, outcome.name(),
                ProcessIds.VAR_LAST_APPROVER, user.username()));
    }

    /**
     * Finance's answer to a payment the bank refused (Task_HandleFailedPayment): re-send it in the next batch, after
     * correcting the account when a new one is given (holder = worker; a non-card account confirmed), or cancel it
     * with a reason, which releases the money. All in one transaction with the task.
     */
    @Transactional
    public void handleFailedPayment(String taskId, boolean resend, FailedPaymentCommand command, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_HANDLE_FAILED_PAYMENT);
        String key = (String) tasks.getVariable(taskId, ProcessIds.VAR_PAYMENT_KEY);
        long caseId = inbox.caseIdOf(task);
        if (resend) {
            if (command != null && command.newAccountNumber() != null && !command.newAccountNumber().isBlank()) {
                files.changeBankAccount(caseId, command.newAccountNumber(), command.holderName(),
                        Boolean.TRUE.equals(command.confirmNonCardAccount()), command.reason(), user);
            }
            payments.resend(key, user);
        } else {
            payments.cancel(key, command == null ? null : command.reason(), user);
        }
        tasks.complete(taskId, Map.of(ProcessIds.VAR_FAILED_PAYMENT_DECISION, resend ? "RESEND" : "CANCEL",
                ProcessIds.VAR_PAYMENT_OUTCOME, resend ? "FAILED" : "CANCELLED"));
    }

    @Transactional
    public void reviseAid(String taskId, boolean resubmit, BigDecimal amount, String purposeOrReason,
                          CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_REVISE_AID_REQUEST);
        long requestId = inbox.requestIdOf(task);
        if (resubmit) {
            aid.resubmit(requestId, amount, purposeOrReason, user);
        } else {
            aid.withdraw(requestId, purposeOrReason, user);
        }
        tasks.complete(taskId, Map.of(ProcessIds.VAR_RESUBMITTED, resubmit));
    }

    @Transactional
    public void followUpVisit(String taskId, VisitCommand visit, CurrentUser user) {
        followUpVisit(taskId, visit, List.of(), user);
    }

    /** The visit and its photos together: a refused photo leaves no visit either, and the task stays open. */
    @Transactional
    public void followUpVisit(String taskId, VisitCommand visit, List<NewAttachment> photos, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_FOLLOW_UP_VISIT);
        long caseId = inbox.caseIdOf(task);
        long visitId = followUp.recordVisit(caseId, visit, user).id();
        for (NewAttachment photo : photos) {
            files.attach(caseId, new NewAttachment(AttachmentKind.VISIT_PHOTO, photo.fileName(), photo.contentType(),
                    photo.content(), visitId), user);
        }
        tasks.complete(taskId);
    }

    /** The yearly review: the case worker confirms or corrects the household income; re-grading follows. */
    @Transactional
    public void yearlyReview(String taskId, BigDecimal householdYearlyIncome, BigDecimal rigidExpenses,
                             CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_YEARLY_REVIEW);
        files.updateIncome(inbox.caseIdOf(task), householdYearlyIncome, rigidExpenses, user);
        tasks.complete(taskId);
    }

    @Transactional
    public void spotCheck(String taskId, boolean confirmed, String note, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_SPOT_CHECK);
        long caseId = inbox.caseIdOf(task);
        ReverificationItem item = followUp.latestItem(caseId).orElseThrow(
                () -> new ConflictException("error.noReverification"));
        approval.checkMayDecide(caseId, Tier.COUNTY, user);
        followUp.recordSpotCheck(item.runId(), caseId, confirmed, note, user);
        tasks.complete(taskId);
    }

    @Transactional
    public void assessExit(String taskId, ExitAssessmentCommand command, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_ASSESS_EXIT);
        ExitAssessment exit = followUp.assessExit(inbox.caseIdOf(task), command, user);
        tasks.complete(taskId, Map.of(ProcessIds.VAR_EXIT_OUTCOME, exit.outcome().name(),
                ProcessIds.VAR_EXIT_ID, exit.id()));
    }

    @Transactional
    public void decideExit(String taskId, ExitDecisionCommand command, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_APPROVE_EXIT);
        long exitId = (Long) tasks.getVariable(taskId, ProcessIds.VAR_EXIT_ID);
        ExitAssessment decided = followUp.decideExit(exitId, command, user);
        tasks.complete(taskId, Map.of(ProcessIds.VAR_EXIT_APPROVED, "APPROVED".equals(decided.decision())));
    }

    /** Completes the temporary relief file into a full application, or cancels it with a reason. */
    @Transactional
    public void completeEmergencyFile(String taskId, boolean complete, CompleteFileCommand file, String cancelReason,
                                      CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_COMPLETE_EMERGENCY_FILE);
        long caseId = inbox.caseIdOf(task);
        if (complete) {
            files.completeEmergencyFile(caseId, file, user);
        } else {
            endFile(caseId, CaseStatus.CANCELLED, RefusalReason.EMERGENCY_CANCELLED, "cancelReason", cancelReason,
                    user);
        }
        tasks.complete(taskId, Map.of(ProcessIds.VAR_FILE_COMPLETED, complete));
    }

    /** A call-back on an exited household; a relapse is reported separately from the watch-list. */
    @Transactional
    public void callBack(String taskId, boolean relapsed, String note, CurrentUser user) {
        Task task = inbox.assignedTask(taskId, user, ProcessIds.TASK_CALL_BACK);
        followUp.recordCallBack(inbox.caseIdOf(task), relapsed, note, user);
        tasks.complete(taskId);
    }

    /** A case worker ends the file with a reason they must give (withdrawal, cancelled relief). */
    private void endFile(long caseId, CaseStatus to, RefusalReason reason, String field, String text,
                         CurrentUser user) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(FieldError.of(field, "validation.reason.required"));
        }
        TextInput.require(field, text);
        if (text.trim().length() > 500) {
            throw new InvalidInputException(FieldError.of(field, "validation.tooLong", 500));
        }
        files.refuse(caseId, to, reason, text.trim(), user.username());
    }
}
