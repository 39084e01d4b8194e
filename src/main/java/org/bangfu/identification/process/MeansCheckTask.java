package org.bangfu.identification.process;

import java.util.Map;

import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.MeansCheck;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 经济状况核对: the civil-affairs means check, entered by hand (or imported from a result file, see the import). */
@Component
public class MeansCheckTask extends CaseTaskKind<MeansCheck> {

    public static final String KEY = "Task_MeansCheck";

    private final VerificationService verification;

    MeansCheckTask(VerificationService verification) {
        super(KEY, "means-check", MeansCheck.class);
        this.verification = verification;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, MeansCheck result, CurrentUser user) {
        verification.recordMeansCheck(caseId(task), result, user);
        return Map.of();
    }
}
