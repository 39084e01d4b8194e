package org.bangfu.approval.process;

import org.bangfu.approval.AidService;
import org.springframework.stereotype.Component;

/** 审批救助申请: one tier's decision on an aid request of an opened file. */
@Component
public class ApproveAidTask extends AidDecisionTask {

    ApproveAidTask(AidService aid) {
        super("Task_ApproveAid", aid);
    }
}
