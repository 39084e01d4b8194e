package org.bangfu.casework.ui.forms;

import org.bangfu.approval.process.ApproveEmergencyTask;

/** The decision on emergency relief, which cannot be returned. */
public class ApproveEmergencyForm extends AidDecisionForm<ApproveEmergencyTask> {

    public ApproveEmergencyForm(TaskContext context) {
        super(context, true);
    }
}
