package org.bangfu.casework.api;

import java.util.List;

import org.bangfu.approval.DecideCommand;
import org.bangfu.casework.TaskInbox;
import org.bangfu.casework.TaskItem;
import org.bangfu.organization.CurrentUser;
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

@RestController
@RequestMapping("/api/tasks")
@Tag(name = "tasks", description = "The caller's task inbox")
class TaskController {

    private final TaskInbox inbox;
    private final CurrentUsers users;

    TaskController(TaskInbox inbox, CurrentUsers users) {
        this.inbox = inbox;
        this.users = users;
    }

    /** The decision on an approval task; {@code caseId} comes from the task. */
    record Decision(Boolean approve, java.math.BigDecimal amount, String reason) {
    }

    @GetMapping
    @Operation(summary = "scope=mine: tasks assigned to the caller; scope=group: tasks the caller may claim")
    List<TaskItem> list(@RequestParam(defaultValue = "mine") Scope scope) {
        CurrentUser user = users.require();
        return scope == Scope.group ? inbox.groupTasks(user) : inbox.myTasks(user);
    }

    enum Scope { mine, group }

    @GetMapping("/{taskId}")
    TaskItem read(@PathVariable String taskId) {
        return inbox.task(taskId, users.require());
    }

    @PostMapping("/{taskId}/claim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void claim(@PathVariable String taskId) {
        inbox.claim(taskId, users.require());
    }

    @PostMapping("/{taskId}/unclaim")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unclaim(@PathVariable String taskId) {
        inbox.unclaim(taskId, users.require());
    }

    @PostMapping("/{taskId}/complete")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete an approval task: approve with amount, or reject with reason")
    void complete(@PathVariable String taskId, @RequestBody Decision decision) {
        inbox.decide(taskId, new DecideCommand(0, decision.approve(), decision.amount(), decision.reason()),
                users.require());
    }
}
