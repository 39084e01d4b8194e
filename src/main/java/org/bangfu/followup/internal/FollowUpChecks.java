package org.bangfu.followup.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.bangfu.identification.IdentificationService;
import org.bangfu.organization.CurrentUser;
import org.bangfu.organization.Jurisdiction;
import org.bangfu.organization.OrganizationService;
import org.springframework.stereotype.Component;

/**
 * What every follow-up step checks first (a file of the user's area in the right status), and today.
 */
@Component
class FollowUpChecks {

    private final org.bangfu.identification.CaseWorkerAccess access;
    private final IdentificationService files;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final Clock clock;

    FollowUpChecks(IdentificationService files, OrganizationService organization, Jurisdiction jurisdiction,
                   Clock clock, org.bangfu.identification.CaseWorkerAccess access) {
        this.access = access;
        this.files = files;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    HardshipCase workable(long caseId, CurrentUser user, Set<CaseStatus> statuses) {
        return access.workable(caseId, user, statuses.toArray(CaseStatus[]::new));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String division(HardshipCase c) {
        return organization.unit(c.unitId()).divisionCode();
    }
}
