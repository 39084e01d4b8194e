package org.bangfu.casework.ui.forms;

import org.bangfu.approval.process.ApproveAidTask;

/** One tier's decision on an aid request of an opened file. */
public class ApproveAidForm extends AidDecisionForm<ApproveAidTask> {

    public ApproveAidForm(TaskContext context) {
        super(context, false);
    }
}
