package org.bangfu.followup.process;

import java.util.Map;

import org.bangfu.followup.ExitAssessment;
import org.bangfu.followup.ExitAssessmentCommand;
import org.bangfu.followup.FollowUpService;
import org.bangfu.identification.CaseTaskKind;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 解困评估: the case worker assesses whether the household has left hardship, and by which route. */
@Component
public class AssessExitTask extends CaseTaskKind<ExitAssessmentCommand> {

    private final FollowUpService followUp;

    AssessExitTask(FollowUpService followUp) {
        super("Task_AssessExit", "assess-exit", ExitAssessmentCommand.class);
        this.followUp = followUp;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, ExitAssessmentCommand command, CurrentUser user) {
        ExitAssessment exit = followUp.assessExit(caseId(task), command, user);
        return Map.of("exitOutcome", exit.outcome().name(), "exitId", exit.id());
    }
}
