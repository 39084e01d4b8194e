package org.bangfu.casework.ui.forms;

import org.bangfu.casework.CaseDetail;
import org.bangfu.workflow.TaskItem;
import org.bangfu.organization.CurrentUser;

/** What a task form works on: the task, its case as the case screen shows it, the user, and the services. */
public record TaskContext(TaskItem task, CaseDetail detail, CurrentUser user, FormServices services) {

    public String taskId() {
        return task.taskId();
    }

    public long caseId() {
        return detail.hardshipCase().id();
    }
}
