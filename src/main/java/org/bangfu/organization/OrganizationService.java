package org.bangfu.organization;

import java.util.List;
import java.util.Optional;

/** Read access to the union tree and its users. */
public interface OrganizationService {

    OrgUnit unit(long id);

    Optional<OrgUnit> unitByCode(String code);

    /** The root of the union tree (the one unit without a parent). */
    OrgUnit root();

    /** The unit's direct children ordered by code, read from the database (a few hundred at most). */
    List<OrgUnit> children(long unitId);

    /**
     * One page of the units of {@code root}'s subtree (root included) whose name or code contains {@code filter}
     * (all of them when it is blank), in tree order; filtered and paged in SQL by the path prefix: the unit pickers.
     */
    List<OrgUnit> units(OrgUnit root, String filter, int offset, int limit);

    /** How many units {@link #units(OrgUnit, String, int, int)} has for that subtree and filter. */
    int unitCount(OrgUnit root, String filter);

    /** The unit that approves aid filed at this unit: itself if it is at an approving level, else its nearest such ancestor. */
    OrgUnit approvingUnitFor(long unitId);

    /** The unit itself or its nearest ancestor at the given level. */
    OrgUnit ancestorAt(long unitId, UnitLevel level);

    /** The unit's parent, or the unit itself at the root. */
    OrgUnit supervisingUnit(long unitId);

    Optional<CurrentUser> user(String username);

    /** One page of the users of the viewer's subtree by username (the user list's lazy grid). */
    List<UserSummary> users(CurrentUser viewer, int offset, int limit);

    /** How many users the viewer's subtree holds. */
    int userCount(CurrentUser viewer);

    /** One page of every unit in tree order (by path), read from the database: the unit list's lazy grid. */
    List<OrgUnit> units(int offset, int limit);

    int unitCount();

    record UserSummary(String username, String displayName, String unitName, java.util.Set<Role> roles,
                       boolean enabled) {
    }
}
