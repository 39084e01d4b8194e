package org.bangfu.workflow.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.CurrentUsers;
import org.bangfu.shared.NotFoundException;
import org.bangfu.shared.ResultPage;
import org.bangfu.workflow.TaskFilter;
import org.bangfu.workflow.TaskItem;
import org.bangfu.workflow.TaskKinds;
import org.bangfu.workflow.WorkItems;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The caller's task inbox and task completion. One completion endpoint serves every kind of task: the action names
 * the kind's command ({@code first-review}, {@code decide-file} …, see {@link org.bangfu.workflow.TaskKind#action()}),
 * read from the body with the same strict JSON rules as every other endpoint.
 */
@RestController
@org.bangfu.workflow.EngineApi
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "The caller's task inbox and task completion")
class TaskController {

    private final WorkItems work;
    private final TaskKinds kinds;
    private final CurrentUsers users;
    private final MessageSource messages;
    private final ObjectMapper json;

    TaskController(WorkItems work, TaskKinds kinds, CurrentUsers users, MessageSource messages, ObjectMapper json) {
        this.work = work;
        this.kinds = kinds;
        this.users = users;
        this.messages = messages;
        this.json = json;
    }

    enum Scope { mine, group, all }

    @GetMapping
    @Operation(summary = "The inbox, one page: scope mine|group|all, overdue only, one task type, a case number, "
            + "campaign or worker name; case steps and campaign steps alike, earliest due first. page from 0, size "
            + "1-200 (default 50); answers the rows, the total the filter finds and whether more pages follow")
    ResultPage<TaskItem> list(@RequestParam(defaultValue = "mine") Scope scope,
                              @RequestParam(defaultValue = "false") boolean overdue,
                              @RequestParam(required = false) String taskKey, @RequestParam(required = false) String q,
                              @RequestParam(defaultValue = "0") int page,
                              @RequestParam(defaultValue = "50") int size) {
        TaskFilter filter = new TaskFilter(TaskFilter.Scope.valueOf(scope.name().toUpperCase()), overdue, taskKey, q);
        CurrentUser user = users.require();
        return ResultPage.of(page, size, (offset, limit) -> work.items(filter, user, offset, limit),
                () -> work.count(filter, user));
    }

    @GetMapping("/{taskId}")
    TaskItem read(@PathVariable String taskId) {
        return work.task(taskId, users.require());
    }

    @PostMapping("/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String taskId) {
        work.claim(taskId, users.require());
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
    BulkClaimAnswer claimAll(@RequestBody TaskIds ids, Locale locale) {
        WorkItems.BulkClaim result = work.claimAll(ids.taskIds() == null ? List.of() : ids.taskIds(),
                users.require());
        List<ClaimAnswer> answers = result.results().stream().map(r -> new ClaimAnswer(r.taskId(), r.claimed(),
                r.reasonKey(), r.reasonKey() == null ? null
                : messages.getMessage(r.reasonKey(), r.reasonArgs().toArray(), r.reasonKey(), locale))).toList();
        return new BulkClaimAnswer(result.claimed(), answers.size() - result.claimed(), answers);
    }

    @PostMapping("/{taskId}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String taskId) {
        work.unclaim(taskId, users.require());
    }

    @PostMapping("/{taskId}/{action}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete a task you hold with its kind's command: first-review, home-visit, means-check, "
            + "resolve-objection, decide-file, provide-info, decide-aid (aid and emergency relief), revise-aid, "
            + "visit, yearly-review, spot-check, assess-exit, decide-exit, handle-failed-payment, "
            + "complete-emergency-file, call-back. The task stays open when the command is refused.")
    void complete(@PathVariable String taskId, @PathVariable String action, HttpServletRequest request) {
        Class<?> type = kinds.commandOf(action)
                .orElseThrow(() -> new NotFoundException("error.taskAction", action));
        Object command;
        try {
            command = json.readerFor(type).readValue(request.getInputStream());
        } catch (IOException unreadable) {
            throw new HttpMessageNotReadableException("Unreadable " + action + " body: " + unreadable.getMessage(),
                    unreadable, new ServletServerHttpRequest(request));
        }
        work.complete(taskId, action, command, users.require());
    }
}
