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
     * The engine candidate groups a user may work from: {@code role@code} for each of their roles and each unit of
     * their subtree at which that role is routed (approvers only at approving levels).
     */
    public List<String> candidateGroups(CurrentUser user) {
        List<OrgUnit> subtree = organization.allUnits().stream().filter(user.unit()::contains).toList();
        return user.roles().stream()
                .flatMap(role -> subtree.stream()
                        .filter(unit -> role != Role.APPROVER || unit.level().isApproving())
                        .map(unit -> role.candidateGroup(unit.code())))
                .sorted()
                .toList();
    }
}
