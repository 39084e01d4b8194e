package org.bangfu.followup.process;

import java.util.List;
import java.util.Map;

import org.bangfu.followup.FollowUpService;
import org.bangfu.followup.VisitCommand;
import org.bangfu.identification.AttachmentKind;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.IdentificationService;
import org.bangfu.identification.NewAttachment;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonCreator;

/** 走访回访: the follow-up visit with its photos; a refused photo leaves no visit either, and the task stays open. */
@Component
public class FollowUpVisitTask extends CaseTaskKind<FollowUpVisitTask.Visit> {

    /** The visit and its photos; over REST the body is the visit alone. */
    public record Visit(VisitCommand visit, List<NewAttachment> photos) {

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public static Visit of(VisitCommand visit) {
            return new Visit(visit, List.of());
        }
    }

    private final FollowUpService followUp;
    private final IdentificationService files;

    FollowUpVisitTask(FollowUpService followUp, IdentificationService files) {
        super("Task_FollowUpVisit", "visit", Visit.class);
        this.followUp = followUp;
        this.files = files;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Visit visit, CurrentUser user) {
        long caseId = caseId(task);
        long visitId = followUp.recordVisit(caseId, visit.visit(), user).id();
        for (NewAttachment photo : visit.photos() == null ? List.<NewAttachment>of() : visit.photos()) {
            files.attach(caseId, new NewAttachment(AttachmentKind.VISIT_PHOTO, photo.fileName(), photo.contentType(),
                    photo.content(), visitId), user);
        }
        return Map.of();
    }
}
