package org.bangfu.workflow;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Processes for a feature, by the ids of its models and a business key naming the subject: starting one, and
 * handing it the messages it waits for. The feature decides when (after its own checks); this is only the engine's
 * side, in the caller's transaction.
 */
@Service
public class Processes {

    /** The variable prefix by which a process is given a step's deadline ({@code deadline.<taskKey>}). */
    public static final String DEADLINE_PREFIX = "deadline.";

    private final RuntimeService runtime;
    private final ManagementService management;

    Processes(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Starts the latest version of the process; answers the instance id. */
    @Transactional
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }

    /** Starts the latest process whose start event waits for the message; answers the instance id. */
    @Transactional
    public String startByMessage(String message, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByMessage(message, businessKey, variables).getId();
    }

    /** Hands the message to the one process of the subject waiting for it; refused by the engine when none waits. */
    @Transactional
    public void correlate(String message, String businessKey) {
        runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).correlateWithResult();
    }

    /** Hands the message to every process of the subject waiting for it; answers how many (0 when none waits). */
    @Transactional
    public int correlateAll(String message, String businessKey) {
        return runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey)
                .correlateAllWithResult().size();
    }

    /**
     * Hands the message to the one execution of the subject that waits in an intermediate catch for it; answers
     * false, changing nothing, when none waits.
     */
    @Transactional
    public boolean receive(String message, String businessKey) {
        Execution waiting = runtime.createExecutionQuery().processInstanceBusinessKey(businessKey)
                .messageEventSubscriptionName(message).singleResult();
        if (waiting == null) {
            return false;
        }
        runtime.messageEventReceived(message, waiting.getId());
        return true;
    }

    /** A timer fired ahead of its time: its job and when it was due. */
    public record FiredTimer(String jobId, Instant due) {
    }

    /**
     * Fires now the timer at {@code activityId} of the subject's running process of that key (development tools
     * only: the engine's doors refuse job execution to everyone else); empty when it does not wait there.
     */
    @Transactional
    public Optional<FiredTimer> fireTimer(String processKey, String businessKey, String activityId) {
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .processDefinitionKey(processKey).active().singleResult();
        Job timer = process == null ? null : management.createJobQuery().processInstanceId(process.getId())
                .activityId(activityId).timers().singleResult();
        if (timer == null) {
            return Optional.empty();
        }
        management.executeJob(timer.getId());
        return Optional.of(new FiredTimer(timer.getId(), timer.getDuedate().toInstant()));
    }
}
