package org.bangfu.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bangfu.IntegrationTest;
import org.bangfu.casework.ui.forms.TaskForms;
import org.bangfu.organization.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The one task model holds: every user task in {@code bpmn/} is declared by exactly one {@link TaskKind}, with the
 * role the model gives its candidate groups, and every kind a case worker completes on the task screen has a form.
 */
class TaskKindDeclarationsTest extends IntegrationTest {

    private static final Pattern USER_TASK = Pattern.compile(
            "<bpmn:userTask id=\"([^\"]+)\"[^>]*?camunda:candidateGroups=\"([^\"]+)\"");

    @Autowired
    List<TaskKind<?>> declared;

    /** The user tasks of every shipped model: id → candidate groups expression. */
    static Map<String, String> userTasks() throws Exception {
        Map<String, String> tasks = new LinkedHashMap<>();
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.filter(p -> p.toString().endsWith(".bpmn")).sorted().toList()) {
                Matcher m = USER_TASK.matcher(Files.readString(model));
                while (m.find()) {
                    assertThat(tasks.put(m.group(1), m.group(2))).as("user task %s in two models", m.group(1)).isNull();
                }
            }
        }
        return tasks;
    }

    @Test
    void everyUserTaskInTheModelsHasExactlyOneDeclaration() throws Exception {
        Map<String, Long> declarations = declared.stream()
                .collect(Collectors.groupingBy(TaskKind::key, Collectors.counting()));
        Map<String, String> tasks = userTasks();
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(22);
        assertThat(declarations.keySet()).containsExactlyInAnyOrderElementsOf(tasks.keySet());
        assertThat(declarations).allSatisfy((key, count) -> assertThat(count).as(key).isEqualTo(1L));
    }

    @Test
    void eachDeclarationNamesTheRoleItsModelGivesTheCandidateGroups() throws Exception {
        Map<String, String> tasks = userTasks();
        for (TaskKind<?> kind : declared) {
            String groups = tasks.get(kind.key());
            Role expected = groups.contains("approver") ? Role.APPROVER
                    : groups.contains("finance") ? Role.FINANCE : Role.CASE_WORKER;
            assertThat(groups).as(kind.key()).containsAnyOf("caseworker", "caseWorkers", "approver", "finance");
            assertThat(kind.role()).as(kind.key() + " with candidate groups " + groups).isEqualTo(expected);
        }
    }

    @Test
    void everyKindCompletedOnTheTaskScreenHasAFormAndEveryFormAKind() {
        for (TaskKind<?> kind : declared) {
            // kinds with a REST action are worked on the task screen; campaign steps on the campaign screens
            assertThat(TaskForms.hasForm(kind)).as(kind.key()).isEqualTo(kind.action() != null);
        }
    }
}
