package org.bangfu.casework.process;

import org.bangfu.casework.FileLifecycle;
import org.bangfu.workflow.ProcessStep;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the case processes, each one call into {@link FileLifecycle}, declared with the bean names
 * the models use ({@code camunda:delegateExpression="${openFileDelegate}"}); no engine types. The workflow module
 * runs them; the deployment guard allow-lists their names.
 */
@Configuration(proxyBeanMethods = false)
class CaseServiceTasks {

    // ------------------------------------------------------------------ the application (HardshipCaseProcess)

    /** Task_AssessGrade: grades the file (ending it with the table's reason when not eligible); sets {@code eligible}. */
    @Bean("assessGradeDelegate")
    ProcessStep assessGradeDelegate(FileLifecycle lifecycle) {
        return step -> step.setVariable(ProcessIds.VAR_ELIGIBLE, lifecycle.gradeForIntake(caseId(step)));
    }

    /** Task_StartNotice: starts the public notice and sets the timer date {@code noticeEnds}. */
    @Bean("startNoticeDelegate")
    ProcessStep startNoticeDelegate(FileLifecycle lifecycle) {
        return step -> step.setVariable(ProcessIds.VAR_NOTICE_ENDS, lifecycle.startNotice(caseId(step)));
    }

    /** Task_EndNotice: the notice is over and every objection resolved; the file awaits approval. */
    @Bean("endNoticeDelegate")
    ProcessStep endNoticeDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.endNotice(caseId(step));
    }

    /** Ends the file with the reason given as the input parameter {@code refusalReason}. */
    @Bean("refuseFileDelegate")
    ProcessStep refuseFileDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.refuse(caseId(step), step.stringVariable(ProcessIds.VAR_REFUSAL_REASON));
    }

    /** Task_OpenFile: opens the file and starts its first follow-up period (FollowUpProcess). */
    @Bean("openFileDelegate")
    ProcessStep openFileDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.openFile(caseId(step));
    }

    // ------------------------------------------------------------------ the follow-up period (FollowUpProcess)

    /** Task_StartVisit: the visit cycle came round: a visit of its own (FollowUpVisitProcess). */
    @Bean("startVisitDelegate")
    ProcessStep startVisitDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.startVisit(caseId(step));
    }

    /** Task_StartExit: an exit assessment was requested: the exit (ExitProcess) takes over from the period. */
    @Bean("startExitDelegate")
    ProcessStep startExitDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.startExit(caseId(step));
    }

    /** Task_StartNextPeriod: the file's yearly review ended the period: the next starts on the latest model. */
    @Bean("startNextPeriodDelegate")
    ProcessStep startNextPeriodDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.startFollowUpPeriod(caseId(step));
    }

    // ------------------------------------------------------------------ the yearly review (CaseReviewProcess)

    /** Task_Regrade: re-grades the file through the decision table; sets {@code sampled}. */
    @Bean("regradeDelegate")
    ProcessStep regradeDelegate(FileLifecycle lifecycle) {
        return step -> step.setVariable(ProcessIds.VAR_SAMPLED, lifecycle.regrade(caseId(step)));
    }

    /** Task_RenewPeriod: the file is re-graded: its follow-up period ends and the next starts with the new grade. */
    @Bean("renewPeriodDelegate")
    ProcessStep renewPeriodDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.renewFollowUpPeriod(caseId(step));
    }

    // ------------------------------------------------------------------ the exit (ExitProcess)

    /** Task_ResumeFollowUp: the assessment kept the file, or the exit was not approved: a new follow-up period. */
    @Bean("resumeFollowUpDelegate")
    ProcessStep resumeFollowUpDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.startFollowUpPeriod(caseId(step));
    }

    /**
     * Task_PayGradualMonth (async): approves the payment line of the next gradual-exit month; sets
     * {@code paymentKey} (null when the month pays nothing), {@code financeGroup} and {@code gradualDone}.
     */
    @Bean("payGradualMonthDelegate")
    ProcessStep payGradualMonthDelegate(FileLifecycle lifecycle) {
        return step -> {
            FileLifecycle.GradualMonth month = lifecycle.payNextGradualMonth(caseId(step));
            step.setVariable(ProcessIds.VAR_GRADUAL_DONE, month.last());
            step.setVariable(ProcessIds.VAR_PAYMENT_KEY, month.paymentKey());
            step.setVariable(ProcessIds.VAR_FINANCE_GROUP,
                    month.paymentKey() == null ? null : lifecycle.financeGroup(month.paymentKey()));
        };
    }

    /** Task_CloseFile: archives the file and sets the watch-list period and call-back cycle. */
    @Bean("closeFileDelegate")
    ProcessStep closeFileDelegate(FileLifecycle lifecycle) {
        return step -> {
            FileLifecycle.Watch watch = lifecycle.closeFile(caseId(step));
            step.setVariable(ProcessIds.VAR_WATCH_UNTIL, watch.until());
            step.setVariable(ProcessIds.VAR_CALL_BACK_CYCLE, watch.callBackCycle());
        };
    }

    /** Task_EndWatch: the watch period ended without relapse. */
    @Bean("endWatchDelegate")
    ProcessStep endWatchDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.endWatch(caseId(step));
    }

    // ------------------------------------------------------------------ aid, emergency relief, the review run

    /** Task_NextTier: the next tier that must approve the aid request and its group; sets {@code tierPending}. */
    @Bean("nextTierDelegate")
    ProcessStep nextTierDelegate(FileLifecycle lifecycle) {
        return step -> {
            FileLifecycle.NextTier next = lifecycle.nextTier(step.longVariable(ProcessIds.VAR_AID_REQUEST_ID));
            step.setVariable(ProcessIds.VAR_TIER_PENDING, next.pending());
            step.setVariable(ProcessIds.VAR_TIER, next.tier());
            step.setVariable(ProcessIds.VAR_APPROVER_GROUP, next.group());
        };
    }

    /**
     * Task_PayAid / Task_PayEmergency: in the transaction of the last approval, creates the payment line with its
     * idempotency key and reserves the money; refused (the approval with it) when no allocation has enough. Sets
     * {@code paymentKey} and {@code financeGroup} for the payment sub-process.
     */
    @Bean("payAidDelegate")
    ProcessStep payAidDelegate(FileLifecycle lifecycle) {
        return step -> {
            String approvedBy = step.stringVariable(ProcessIds.VAR_LAST_APPROVER);
            String key = lifecycle.approvePayment(step.longVariable(ProcessIds.VAR_AID_REQUEST_ID),
                    approvedBy == null ? "system" : approvedBy);
            step.setVariable(ProcessIds.VAR_PAYMENT_KEY, key);
            step.setVariable(ProcessIds.VAR_FINANCE_GROUP, lifecycle.financeGroup(key));
        };
    }

    /** Task_ConvertToFile: the completed temporary file continues on the hardship-file process. */
    @Bean("convertEmergencyDelegate")
    ProcessStep convertEmergencyDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.convertEmergency(caseId(step));
    }

    /** Task_DrawSample: starts the yearly re-verification run and draws its sample; sets {@code runId}. */
    @Bean("drawSampleDelegate")
    ProcessStep drawSampleDelegate(FileLifecycle lifecycle) {
        return step -> {
            Object year = step.variable(ProcessIds.VAR_REVIEW_YEAR);
            long runId = lifecycle.drawSample(year == null ? null : ((Number) year).intValue(),
                    step.longVariable(ProcessIds.VAR_REVIEW_UNIT_ID), step.longVariable(ProcessIds.VAR_REVIEW_SEED),
                    step.stringVariable(ProcessIds.VAR_STARTED_BY));
            step.setVariable(ProcessIds.VAR_RUN_ID, runId);
            step.setVariable(ProcessIds.VAR_NOTIFY_BATCHES, lifecycle.notifyBatches(runId));
        };
    }

    /**
     * Task_NotifyFiles, one instance per batch (asynchronous, each in its own transaction): starts the yearly review
     * of each file of the batch.
     */
    @Bean("notifyFilesDelegate")
    ProcessStep notifyFilesDelegate(FileLifecycle lifecycle) {
        return step -> lifecycle.notifyFiles(step.longVariable(ProcessIds.VAR_RUN_ID),
                ((Number) step.variable(ProcessIds.VAR_LOOP_COUNTER)).intValue());
    }

    private static long caseId(ProcessStep.StepContext step) {
        return step.longVariable(ProcessIds.VAR_CASE_ID);
    }
}
