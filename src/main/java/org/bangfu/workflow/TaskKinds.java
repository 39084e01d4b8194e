package org.bangfu.workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Every declared {@link TaskKind}, by BPMN task id and by REST action. Refuses to start when two declarations claim
 * the same task id, or when kinds sharing an action read different commands.
 */
@Component
public class TaskKinds {

    private final Map<String, TaskKind<?>> byKey = new LinkedHashMap<>();
    private final Map<String, Class<?>> commandOfAction = new LinkedHashMap<>();

    TaskKinds(List<TaskKind<?>> kinds) {
        for (TaskKind<?> kind : kinds) {
            TaskKind<?> before = byKey.put(kind.key(), kind);
            if (before != null) {
                throw new IllegalStateException("Task " + kind.key() + " is declared twice: "
                        + before.getClass().getName() + " and " + kind.getClass().getName());
            }
            if (kind.action() != null) {
                Class<?> other = commandOfAction.putIfAbsent(kind.action(), kind.commandType());
                if (other != null && other != kind.commandType()) {
                    throw new IllegalStateException("Action " + kind.action() + " reads two commands: " + other
                            + " and " + kind.commandType());
                }
            }
        }
    }

    public Optional<TaskKind<?>> kind(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The task ids in declaration order: the inbox offers them in its task-type filter. */
    public List<String> keys() {
        return List.copyOf(byKey.keySet());
    }

    /** The command a REST action reads, if any kind declares the action. */
    public Optional<Class<?>> commandOf(String action) {
        return Optional.ofNullable(commandOfAction.get(action));
    }
}
