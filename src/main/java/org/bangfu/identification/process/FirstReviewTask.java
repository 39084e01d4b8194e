package org.bangfu.identification.process;

import java.util.Map;

import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 初审: the grass-roots union's first review of an application; a failed review ends it. */
@Component
public class FirstReviewTask extends CaseTaskKind<FirstReviewTask.Review> {

    public record Review(boolean passed, String note) {
    }

    private final VerificationService verification;

    FirstReviewTask(VerificationService verification) {
        super("Task_FirstReview", "first-review", Review.class);
        this.verification = verification;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Review review, CurrentUser user) {
        verification.firstReview(caseId(task), review.passed(), review.note(), user);
        return Map.of("firstReviewPassed", review.passed());
    }
}
