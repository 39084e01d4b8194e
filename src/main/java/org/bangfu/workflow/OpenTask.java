package org.bangfu.workflow;

import java.time.Instant;
import java.util.Map;

/**
 * An open user task as the feature that declared its kind sees it: ids, the business key of its process, who holds
 * it, its dates and the variables its kind asked for. No engine types.
 */
public record OpenTask(String taskId, String key, String processInstanceId, String businessKey, String assignee,
                       Instant created, Instant due, Map<String, Object> variables) {

    public Object variable(String name) {
        return variables.get(name);
    }

    /** A variable holding a number (the engine stores ids as Long or Integer). */
    public Long longVariable(String name) {
        Object value = variables.get(name);
        return value == null ? null : ((Number) value).longValue();
    }

    public String stringVariable(String name) {
        Object value = variables.get(name);
        return value == null ? null : value.toString();
    }
}
