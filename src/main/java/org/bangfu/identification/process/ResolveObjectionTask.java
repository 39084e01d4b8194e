package org.bangfu.identification.process;

import java.util.Map;

import org.bangfu.identification.CaseTaskKind;
import org.bangfu.identification.Objection;
import org.bangfu.identification.VerificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.ConflictException;
import org.bangfu.workflow.OpenTask;
import org.springframework.stereotype.Component;

/** 处理异议: an objection raised during the public notice, upheld or not; the oldest open one of the case. */
@Component
public class ResolveObjectionTask extends CaseTaskKind<ResolveObjectionTask.Resolution> {

    public record Resolution(boolean upheld, String resolution) {
    }

    private final VerificationService verification;

    ResolveObjectionTask(VerificationService verification) {
        super("Task_ResolveObjection", "resolve-objection", Resolution.class);
        this.verification = verification;
    }

    @Override
    public Map<String, Object> complete(OpenTask task, Resolution resolution, CurrentUser user) {
        Objection open = verification.objections(caseId(task)).stream().filter(o -> o.upheld() == null).findFirst()
                .orElseThrow(() -> new ConflictException("error.noOpenObjection"));
        verification.resolveObjection(open.id(), resolution.upheld(), resolution.resolution(), user);
        return Map.of("objectionUpheld", resolution.upheld());
    }
}
