package org.bangfu.identification.process;

import java.time.LocalDate;
import java.util.Map;

import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 入户调查: the home visit; the signed means-check authorization must be attached first. */
@Component
public class HomeVisitTask extends CaseTaskKind<HomeVisitTask.HomeVisit> {

    public record HomeVisit(LocalDate visitDate, String visitors, String findings) {
    }

    private final VerificationService verification;

    HomeVisitTask(VerificationService verification) {
        super("Task_HomeVisit", "home-visit", HomeVisit.class);
        this.verification = verification;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, HomeVisit visit, CurrentUser user) {
        verification.recordVisit(caseId(task), visit.visitDate(), visit.visitors(), visit.findings(), user);
        return Map.of();
    }
}
