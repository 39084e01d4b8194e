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
import org.bangfu.organization.Role;
import org.bangfu.shared.ConflictException;
import org.springframework.stereotype.Component;

/**
 * What every follow-up step checks first (a file of the user's area in the right status), and today.
 */
@Component
class FollowUpChecks {

    private final IdentificationService files;
    private final OrganizationService organization;
    private final Jurisdiction jurisdiction;
    private final Clock clock;

    FollowUpChecks(IdentificationService files, OrganizationService organization, Jurisdiction jurisdiction,
                   Clock clock) {
        this.files = files;
        this.organization = organization;
        this.jurisdiction = jurisdiction;
        this.clock = clock;
    }

    HardshipCase workable(long caseId, CurrentUser user, Set<CaseStatus> statuses) {
        HardshipCase c = files.caseById(caseId);
        jurisdiction.requireAnyRole(user, Role.CASE_WORKER);
        jurisdiction.requireCovers(user, c.unitId());
        if (!statuses.contains(c.status())) {
            throw new ConflictException("error.wrongCaseStatus", c.caseNo(), c.status().name());
        }
        return c;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    String division(HardshipCase c) {
        return organization.unit(c.unitId()).divisionCode();
    }
}
