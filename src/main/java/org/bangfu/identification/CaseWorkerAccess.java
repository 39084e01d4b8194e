package org.bangfu.identification;

import java.util.List;

import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.springframework.stereotype.Component;

/**
 * The one check before a case worker works on a case, for every module: the user is a case worker whose subtree
 * covers the case's unit, and the case is in one of the expected statuses (any status when none is given).
 */
@Component
public class CaseWorkerAccess {

    private final IdentificationService files;
    private final Jurisdiction jurisdiction;

    CaseWorkerAccess(IdentificationService files, Jurisdiction jurisdiction) {
        this.files = files;
        this.jurisdiction = jurisdiction;
    }

    public HardshipCase workable(long caseId, CurrentUser user, CaseStatus... expected) {
        HardshipCase c = files.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, c.unitId());
        if (expected.length > 0 && !List.of(expected).contains(c.status())) {
            throw new ConflictException("error.wrongCaseStatus", c.caseNo(), c.status().name());
        }
        return c;
    }
}
