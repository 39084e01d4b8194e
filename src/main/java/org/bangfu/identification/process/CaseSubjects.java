package org.bangfu.identification.process;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.workflow.OpenTask;
import org.bangfu.workflow.TaskSubjects;
import org.springframework.stereotype.Component;

/**
 * What case tasks are about: every process of a hardship case carries the case number as its business key, so one
 * query finds the cases of all the tasks. The unit of the case decides jurisdiction; the task is worked on its task
 * screen.
 */
@Component
class CaseSubjects implements TaskSubjects {

    static final String NAME = org.bangfu.identification.CaseTaskKind.SUBJECTS;

    private final IdentificationService files;

    CaseSubjects(IdentificationService files) {
        this.files = files;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, Subject> describe(List<OpenTask> tasks) {
        Map<String, HardshipCase> cases = files.casesByNumbers(tasks.stream().map(OpenTask::businessKey)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(HardshipCase::caseNo, Function.identity()));
        Map<String, Subject> subjects = new HashMap<>();
        for (OpenTask task : tasks) {
            HardshipCase c = task.businessKey() == null ? null : cases.get(task.businessKey());
            if (c != null) {
                subjects.put(task.taskId(), new Subject(c.caseNo(), c.workerName(), c.unitId(),
                        Map.of("caseNo", c.caseNo(), "caseId", c.id()), "tasks/" + task.taskId(),
                        c.grade() == null ? null : "enum.Grade." + c.grade()));
            }
        }
        return subjects;
    }
}
