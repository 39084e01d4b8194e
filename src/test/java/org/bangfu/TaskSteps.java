package org.bangfu;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bangfu.approval.DecisionCommand;
import org.bangfu.approval.process.ProvideInfoTask;
import org.bangfu.approval.process.ReviseAidRequestTask;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.VisitCommand;
import org.bangfu.followup.process.CallBackTask;
import org.bangfu.followup.process.FollowUpVisitTask;
import org.bangfu.followup.process.SpotCheckTask;
import org.bangfu.followup.process.YearlyReviewTask;
import org.bangfu.funds.process.HandleFailedPaymentTask;
import org.bangfu.identification.CompleteFileCommand;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.MeansCheckImports;
import org.bangfu.identification.NewAttachment;
import org.bangfu.identification.process.CompleteEmergencyFileTask;
import org.bangfu.identification.process.FirstReviewTask;
import org.bangfu.identification.process.HomeVisitTask;
import org.bangfu.identification.process.ResolveObjectionTask;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.WorkItems;
import org.springframework.context.ApplicationContext;

/**
 * The steps of the tests, one per task kind, each completing a task through the one task model exactly as a screen
 * or REST does ({@link WorkItems#complete}): the process tests and the UI fixtures share them.
 */
public final class TaskSteps {

    private final WorkItems work;
    private final MeansCheckImports imports;

    public TaskSteps(ApplicationContext context) {
        this.work = context.getBean(WorkItems.class);
        this.imports = context.getBean(MeansCheckImports.class);
    }

    public void firstReview(String taskId, boolean passed, String note, CurrentUser user) {
        work.complete(taskId, new FirstReviewTask.Review(passed, note), user);
    }

    public void homeVisit(String taskId, LocalDate visitDate, String visitors, String findings, CurrentUser user) {
        work.complete(taskId, new HomeVisitTask.HomeVisit(visitDate, visitors, findings), user);
    }

    public void meansCheck(String taskId, MeansCheck result, CurrentUser user) {
        work.complete(taskId, result, user);
    }

    public int importMeansChecks(byte[] csv, CurrentUser user) {
        return imports.importMeansChecks(csv, user);
    }

    public void resolveObjection(String taskId, boolean upheld, String resolution, CurrentUser user) {
        work.complete(taskId, new ResolveObjectionTask.Resolution(upheld, resolution), user);
    }

    public void decideFile(String taskId, DecisionCommand decision, CurrentUser user) {
        work.complete(taskId, decision, user);
    }

    public void provideInfo(String taskId, boolean resubmit, String note, CurrentUser user) {
        work.complete(taskId, new ProvideInfoTask.Answer(resubmit, note), user);
    }

    public void decideAid(String taskId, DecisionCommand decision, CurrentUser user) {
        work.complete(taskId, decision, user);
    }

    public void handleFailedPayment(String taskId, boolean resend, HandleFailedPaymentTask.FailedPayment command,
                                    CurrentUser user) {
        work.complete(taskId, new HandleFailedPaymentTask.FailedPayment(resend, command.newAccountNumber(),
                command.holderName(), command.confirmNonCardAccount(), command.reason()), user);
    }

    /** The failed-payment answer's account and reason, as finance types them. */
    public static HandleFailedPaymentTask.FailedPayment payment(String newAccountNumber, String holderName,
                                                                Boolean confirmNonCardAccount, String reason) {
        return new HandleFailedPaymentTask.FailedPayment(false, newAccountNumber, holderName, confirmNonCardAccount,
                reason);
    }

    public void reviseAid(String taskId, boolean resubmit, BigDecimal amount, String purposeOrReason,
                          CurrentUser user) {
        work.complete(taskId, new ReviseAidRequestTask.Revision(resubmit, amount, purposeOrReason), user);
    }

    public void followUpVisit(String taskId, VisitCommand visit, CurrentUser user) {
        followUpVisit(taskId, visit, List.of(), user);
    }

    public void followUpVisit(String taskId, VisitCommand visit, List<NewAttachment> photos, CurrentUser user) {
        work.complete(taskId, new FollowUpVisitTask.Visit(visit, photos), user);
    }

    public void yearlyReview(String taskId, BigDecimal householdYearlyIncome, BigDecimal rigidExpenses,
                             CurrentUser user) {
        work.complete(taskId, new YearlyReviewTask.Income(householdYearlyIncome, rigidExpenses), user);
    }

    public void spotCheck(String taskId, boolean confirmed, String note, CurrentUser user) {
        work.complete(taskId, new SpotCheckTask.Check(confirmed, note), user);
    }

    public void assessExit(String taskId, ExitAssessmentCommand command, CurrentUser user) {
        work.complete(taskId, command, user);
    }

    public void decideExit(String taskId, ExitDecisionCommand command, CurrentUser user) {
        work.complete(taskId, command, user);
    }

    public void completeEmergencyFile(String taskId, boolean complete, CompleteFileCommand file, String cancelReason,
                                      CurrentUser user) {
        work.complete(taskId, new CompleteEmergencyFileTask.Completion(complete, file, cancelReason), user);
    }

    public void callBack(String taskId, boolean relapsed, String note, CurrentUser user) {
        work.complete(taskId, new CallBackTask.CallBack(relapsed, note), user);
    }

    /**
     * Runs the asynchronous continuations (not the timers) of a process until none is left, as the job executor
     * would: the tests run with it switched off. Answers how many ran.
     */
    public static int runAsyncSteps(org.camunda.bpm.engine.ManagementService management, String processKey) {
        int executed = 0;
        for (int round = 0; round < 100; round++) {
            List<org.camunda.bpm.engine.runtime.Job> due = management.createJobQuery()
                    .processDefinitionKey(processKey).messages().executable().list();
            if (due.isEmpty()) {
                return executed;
            }
            for (org.camunda.bpm.engine.runtime.Job job : due) {
                management.executeJob(job.getId());
                executed++;
            }
        }
        throw new AssertionError("asynchronous steps of " + processKey + " keep coming");
    }
}
