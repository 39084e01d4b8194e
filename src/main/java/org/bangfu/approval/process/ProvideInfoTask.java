package org.bangfu.approval.process;

import java.util.Map;

import org.bangfu.approval.ApprovalService;
import org.bangfu.identification.CaseEndings;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.RefusalReason;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 补充材料: the case worker answers a returned file: resubmit with what was added, or withdraw the application. */
@Component
public class ProvideInfoTask extends CaseTaskKind<ProvideInfoTask.Answer> {

    public record Answer(boolean resubmit, String note) {
    }

    private final ApprovalService approval;
    private final IdentificationService files;

    ProvideInfoTask(ApprovalService approval, IdentificationService files) {
        super("Task_ProvideInfo", "provide-info", Answer.class);
        this.approval = approval;
        this.files = files;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Answer answer, CurrentUser user) {
        if (answer.resubmit()) {
            approval.resubmitFile(caseId(task), answer.note(), user);
        } else {
            CaseEndings.end(files, caseId(task), CaseStatus.REFUSED, RefusalReason.WITHDRAWN, "note", answer.note(),
                    user);
        }
        return Map.of("resubmitted", answer.resubmit());
    }
}
