package org.bangfu.workflow;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Starting a process for a feature: by the process id of its model and a business key naming the subject. */
@Service
public class Processes {

    /** The variable prefix by which a process is given a step's deadline ({@code deadline.<taskKey>}). */
    public static final String DEADLINE_PREFIX = "deadline.";

    private final RuntimeService runtime;

    Processes(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /** Starts the latest version of the process; answers the instance id. */
    @Transactional
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processKey, businessKey, variables).getId();
    }
}
