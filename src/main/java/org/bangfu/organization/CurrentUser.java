package org.bangfu.organization;

import java.util.Set;

/** The person acting: their login, their one unit and their roles. */
public record CurrentUser(String username, String displayName, OrgUnit unit, Set<Role> roles) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
