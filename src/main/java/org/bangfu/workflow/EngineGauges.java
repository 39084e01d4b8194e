package org.bangfu.workflow;

import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.springframework.stereotype.Component;

/**
 * Read-only figures of the engine for operations (health and metrics): each one is a single count or a read of the
 * engine's property table, with no engine type in the answer. Counts are over the whole engine (every node on the
 * same database sees the same figures); only {@link Reachability#jobExecutorActive()} is this node's own.
 */
@Component
public class EngineGauges {

    private final ProcessEngine engine;
    private final ManagementService management;
    private final TaskService tasks;

    EngineGauges(ProcessEngine engine, ManagementService management, TaskService tasks) {
        this.engine = engine;
        this.management = management;
        this.tasks = tasks;
    }

    /**
     * The engine answered a query: its name and version, the history level its database was set up with (from the
     * answer: 0 none, 1 activity, 2 audit, 3 full) and whether this node's job executor runs.
     */
    public record Reachability(String engineName, String version, String historyLevel, boolean jobExecutorActive) {
    }

    /** One cheap query (the engine's small property table); throws when the engine's database does not answer. */
    public Reachability reach() {
        Map<String, String> properties = management.getProperties();
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor();
        return new Reachability(engine.getName(), ParseUtil.parseProcessEngineVersion(true).getVersion(),
                properties.getOrDefault("historyLevel", "?"), executor != null && executor.isActive());
    }

    /** Jobs due now and not suspended, with retries left: the job executor's backlog (jobs running included). */
    public long executableJobs() {
        return management.createJobQuery().executable().active().count();
    }

    /** Jobs that failed with no retries left: each one is an incident that waits for a person. */
    public long failedJobs() {
        return management.createJobQuery().noRetriesLeft().count();
    }

    /** Open human tasks, all kinds and all units together. */
    public long openTasks() {
        return tasks.createTaskQuery().count();
    }
}
