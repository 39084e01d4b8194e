package org.bangfu.workflow;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Handing a domain event to the processes that wait for it: a BPMN message correlated to every waiting process
 * whose variable has the given value, with variables set on the way in.
 */
@Service
public class Messages {

    private final RuntimeService runtime;

    Messages(RuntimeService runtime) {
        this.runtime = runtime;
    }

    /**
     * Correlates {@code message} to every process waiting for it whose variable {@code variable} equals
     * {@code value}, setting {@code variables}; answers how many processes it reached (0 when none waits).
     */
    @Transactional
    public int correlateAll(String message, String variable, Object value, Map<String, Object> variables) {
        return runtime.createMessageCorrelation(message)
                .processInstanceVariableEquals(variable, value)
                .setVariables(variables)
                .correlateAllWithResult().size();
    }
}
