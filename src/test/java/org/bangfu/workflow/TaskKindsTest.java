package org.bangfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Role;
import org.junit.jupiter.api.Test;

/** The registry of task kinds, without an application: one declaration per task, one command per REST action. */
class TaskKindsTest {

    record Note(String text) {
    }

    record Other(int n) {
    }

    static <C> TaskKind<C> kind(String key, String action, Class<C> command) {
        return new TaskKind<>() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public Role role() {
                return Role.CASE_WORKER;
            }

            @Override
            public String subjects() {
                return "case";
            }

            @Override
            public Class<C> commandType() {
                return command;
            }

            @Override
            public String action() {
                return action;
            }

            @Override
            public Map<String, Object> complete(OpenTask task, C c, CurrentUser user) {
                return Map.of();
            }
        };
    }

    @Test
    void aTaskDeclaredTwiceStopsTheApplication() {
        assertThatThrownBy(() -> new TaskKinds(List.of(kind("Task_A", "a", Note.class), kind("Task_A", "b",
                Note.class)))).isInstanceOf(IllegalStateException.class).hasMessageContaining("Task_A is declared twice");
    }

    @Test
    void kindsSharingAnActionMustReadTheSameCommand() {
        assertThatThrownBy(() -> new TaskKinds(List.of(kind("Task_A", "decide", Note.class),
                kind("Task_B", "decide", Other.class)))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("decide");
        TaskKinds shared = new TaskKinds(List.of(kind("Task_A", "decide", Note.class),
                kind("Task_B", "decide", Note.class)));
        assertThat(shared.commandOf("decide")).contains(Note.class);
    }

    @Test
    void keysInDeclarationOrderAndUnknownActionsHaveNoCommand() {
        TaskKinds kinds = new TaskKinds(List.of(kind("Task_B", "b", Note.class), kind("Task_A", null, Other.class)));
        assertThat(kinds.keys()).containsExactly("Task_B", "Task_A");
        assertThat(kinds.kind("Task_A")).isPresent();
        assertThat(kinds.kind("Task_X")).isEmpty();
        assertThat(kinds.commandOf("a")).isEmpty();
        assertThat(kinds.commandOf("b")).contains(Note.class);
    }
}
