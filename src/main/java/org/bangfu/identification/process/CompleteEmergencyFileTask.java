package org.bangfu.identification.process;

import java.util.Map;

import org.bangfu.identification.CaseEndings;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.CompleteFileCommand;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.RefusalReason;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 补全档案: the temporary relief file completed into a full application, or cancelled with a reason. */
@Component
public class CompleteEmergencyFileTask extends CaseTaskKind<CompleteEmergencyFileTask.Completion> {

    public record Completion(boolean complete, CompleteFileCommand file, String cancelReason) {
    }

    private final IdentificationService files;

    CompleteEmergencyFileTask(IdentificationService files) {
        super("Task_CompleteEmergencyFile", "complete-emergency-file", Completion.class);
        this.files = files;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Completion completion, CurrentUser user) {
        long caseId = caseId(task);
        if (completion.complete()) {
            files.completeEmergencyFile(caseId, completion.file(), user);
        } else {
            CaseEndings.end(files, caseId, CaseStatus.CANCELLED, RefusalReason.EMERGENCY_CANCELLED, "cancelReason",
                    completion.cancelReason(), user);
        }
        return Map.of("fileCompleted", completion.complete());
    }
}
