package org.bangfu.casework.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.bangfu.approval.DecisionCommand;
import org.bangfu.casework.TaskActions;
import org.bangfu.casework.TaskFilter;
import org.bangfu.casework.TaskInbox;
import org.bangfu.casework.TaskItem;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.ExitDecisionCommand;
import org.bangfu.followup.VisitCommand;
import org.bangfu.identification.CompleteFileCommand;
import org.bangfu.identification.MeansCheck;
import org.bangfu.organization.CurrentUsers;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's task inbox and one completion endpoint per kind of task. */
@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "The caller's task inbox and task completion")
class TaskController {

    private final TaskInbox inbox;
    private final TaskActions actions;
    private final CurrentUsers users;
    private final org.springframework.context.MessageSource messages;

    TaskController(TaskInbox inbox, TaskActions actions, CurrentUsers users,
                   org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.inbox = inbox;
        this.actions = actions;
        this.users = users;
    }

    enum Scope { mine, group, all }

    @GetMapping
    @Operation(summary = "The inbox: scope mine|group|all, overdue only, one task type, case number or worker name; "
            + "sorted by due date")
    List<TaskItem> list(@RequestParam(defaultValue = "mine") Scope scope,
                        @RequestParam(defaultValue = "false") boolean overdue,
                        @RequestParam(required = false) String taskKey, @RequestParam(required = false) String q) {
        return inbox.inbox(new TaskFilter(TaskFilter.Scope.valueOf(scope.name().toUpperCase()), overdue, taskKey, q),
                users.require());
    }

    @GetMapping("/{taskId}")
    TaskItem read(@PathVariable String taskId) {
        return inbox.task(taskId, users.require());
    }

    @PostMapping("/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String taskId) {
        inbox.claim(taskId, users.require());
    }

    record TaskIds(List<String> taskIds) {
    }

    /** One task of a bulk claim: claimed, or not and why (the message key and its text in the caller's language). */
    record ClaimAnswer(String taskId, boolean claimed, String reasonKey, String reason) {
    }

    record BulkClaimAnswer(int claimed, int refused, List<ClaimAnswer> results) {
    }

    @PostMapping("/claim")
    @Operation(summary = "Bulk claim: each task claimed in its own transaction; answers 200 with, per task, whether "
            + "it was claimed and, if not, why (a refused task never undoes the others)")
    BulkClaimAnswer claimAll(@RequestBody TaskIds ids, java.util.Locale locale) {
        TaskInbox.BulkClaim result = inbox.claimAll(ids.taskIds() == null ? List.of() : ids.taskIds(),
                users.require());
        List<ClaimAnswer> answers = result.results().stream().map(r -> new ClaimAnswer(r.taskId(), r.claimed(),
                r.reasonKey(), r.reasonKey() == null ? null
                : messages.getMessage(r.reasonKey(), r.reasonArgs().toArray(), r.reasonKey(), locale))).toList();
        return new BulkClaimAnswer(result.claimed(), answers.size() - result.claimed(), answers);
    }

    @PostMapping("/{taskId}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String taskId) {
        inbox.unclaim(taskId, users.require());
    }

    record Review(boolean passed, String note) {
    }

    @PostMapping("/{taskId}/first-review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void firstReview(@PathVariable String taskId, @RequestBody Review body) {
        actions.firstReview(taskId, body.passed(), body.note(), users.require());
    }

    record HomeVisit(LocalDate visitDate, String visitors, String findings) {
    }

    @PostMapping("/{taskId}/home-visit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record the home visit; the signed means-check authorization must be attached first")
    void homeVisit(@PathVariable String taskId, @RequestBody HomeVisit body) {
        actions.homeVisit(taskId, body.visitDate(), body.visitors(), body.findings(), users.require());
    }

    @PostMapping("/{taskId}/means-check")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void meansCheck(@PathVariable String taskId, @RequestBody MeansCheck body) {
        actions.meansCheck(taskId, body, users.require());
    }

    record Resolution(boolean upheld, String resolution) {
    }

    @PostMapping("/{taskId}/resolve-objection")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resolveObjection(@PathVariable String taskId, @RequestBody Resolution body) {
        actions.resolveObjection(taskId, body.upheld(), body.resolution(), users.require());
    }

    @PostMapping("/{taskId}/decide-file")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approve, reject (reason) or return (reason) a file awaiting approval")
    void decideFile(@PathVariable String taskId, @RequestBody DecisionCommand body) {
        actions.decideFile(taskId, body, users.require());
    }

    record Answer(boolean resubmit, String note) {
    }

    @PostMapping("/{taskId}/provide-info")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void provideInfo(@PathVariable String taskId, @RequestBody Answer body) {
        actions.provideInfo(taskId, body.resubmit(), body.note(), users.require());
    }

    @PostMapping("/{taskId}/decide-aid")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A tier's decision on an aid request or on emergency relief")
    void decideAid(@PathVariable String taskId, @RequestBody DecisionCommand body) {
        actions.decideAid(taskId, body, users.require());
    }

    record Revision(boolean resubmit, BigDecimal amount, String text) {
    }

    @PostMapping("/{taskId}/revise-aid")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Resubmit a returned aid request (amount, purpose in text) or withdraw it (reason in text)")
    void reviseAid(@PathVariable String taskId, @RequestBody Revision body) {
        actions.reviseAid(taskId, body.resubmit(), body.amount(), body.text(), users.require());
    }

    @PostMapping("/{taskId}/visit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void visit(@PathVariable String taskId, @RequestBody VisitCommand body) {
        actions.followUpVisit(taskId, body, users.require());
    }

    record Income(BigDecimal householdYearlyIncome, BigDecimal rigidExpenses) {
    }

    @PostMapping("/{taskId}/yearly-review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void yearlyReview(@PathVariable String taskId, @RequestBody Income body) {
        actions.yearlyReview(taskId, body.householdYearlyIncome(), body.rigidExpenses(), users.require());
    }

    record Check(boolean confirmed, String note) {
    }

    @PostMapping("/{taskId}/spot-check")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void spotCheck(@PathVariable String taskId, @RequestBody Check body) {
        actions.spotCheck(taskId, body.confirmed(), body.note(), users.require());
    }

    @PostMapping("/{taskId}/assess-exit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void assessExit(@PathVariable String taskId, @RequestBody ExitAssessmentCommand body) {
        actions.assessExit(taskId, body, users.require());
    }

    record FailedPaymentBody(boolean resend, String newAccountNumber, String holderName,
                             Boolean confirmNonCardAccount, String reason) {
    }

    @PostMapping("/{taskId}/handle-failed-payment")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A payment the bank refused: resend (optionally to a corrected account in the worker's "
            + "name) or cancel with a reason, releasing the money")
    void handleFailedPayment(@PathVariable String taskId, @RequestBody FailedPaymentBody body) {
        actions.handleFailedPayment(taskId, body.resend(), new org.bangfu.casework.FailedPaymentCommand(
                body.newAccountNumber(), body.holderName(), body.confirmNonCardAccount(), body.reason()),
                users.require());
    }

    @PostMapping("/{taskId}/decide-exit")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approve an exit with gradual-exit months and monthly aid (at most 60% of the former), "
            + "or reject it")
    void decideExit(@PathVariable String taskId, @RequestBody ExitDecisionCommand body) {
        actions.decideExit(taskId, body, users.require());
    }

    record Completion(boolean complete, CompleteFileCommand file, String cancelReason) {
    }

    @PostMapping("/{taskId}/complete-emergency-file")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void completeEmergencyFile(@PathVariable String taskId, @RequestBody Completion body) {
        actions.completeEmergencyFile(taskId, body.complete(), body.file(), body.cancelReason(), users.require());
    }

    record CallBack(boolean relapsed, String note) {
    }

    @PostMapping("/{taskId}/call-back")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void callBack(@PathVariable String taskId, @RequestBody CallBack body) {
        actions.callBack(taskId, body.relapsed(), body.note(), users.require());
    }
}
