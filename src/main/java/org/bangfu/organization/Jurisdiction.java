package org.bangfu.organization;

import java.util.Arrays;
import java.util.List;

import org.bangfu.shared.ForbiddenException;
import org.springframework.stereotype.Component;

/**
 * Who may see and act on what: a user's unit and its subtree, with the roles the user holds. Every service that
 * returns or changes case data asks here first.
 */
@Component
public class Jurisdiction {

    private final OrganizationService organization;

    Jurisdiction(OrganizationService organization) {
        this.organization = organization;
    }

    public boolean covers(CurrentUser user, long unitId) {
        return user.unit().contains(organization.unit(unitId));
    }

    public void requireCovers(CurrentUser user, long unitId) {
        if (!covers(user, unitId)) {
            throw new ForbiddenException("error.outsideJurisdiction");
        }
    }

    public void requireAnyRole(CurrentUser user, Role... roles) {
        if (Arrays.stream(roles).noneMatch(user::hasRole)) {
            throw new ForbiddenException("error.roleRequired");
        }
    }

    /** The subtree prefix to filter rows by unit path: {@code path LIKE prefix || '%'}. */
    public String subtreePrefix(CurrentUser user) {
        return user.unit().path();
    }

    /**
     * The engine candidate groups of a user: {@code role@code} of their own unit for each of their roles (approvers
     * only at approving levels). Work of the units below reaches a supervising unit only when it is escalated (the
     * escalation adds the supervising unit's group to the task), so the list stays short however large the subtree.
     */
    public List<String> candidateGroups(CurrentUser user) {
        return user.roles().stream()
                .filter(role -> role != Role.APPROVER || user.unit().level().isApproving())
                .map(role -> role.candidateGroup(user.unit().code()))
                .sorted()
                .toList();
    }
}
