package org.bangfu.statistics.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.bangfu.organization.OrgUnit;

/**
 * Which records a query reads: those of a unit's whole subtree (a path prefix) or of the unit alone, in a period of
 * whole days (timestamps from the first day's midnight to the midnight after the last day, in the clock's zone).
 */
record Scope(OrgUnit unit, boolean subtree, LocalDate from, LocalDate to, OffsetDateTime start, OffsetDateTime end) {

    static Scope of(OrgUnit unit, boolean subtree, LocalDate from, LocalDate to, ZoneId zone) {
        return new Scope(unit, subtree, from, to, from.atStartOfDay(zone).toOffsetDateTime(),
                to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    }

    static final String AND_UNIT_SUBTREE = "AND u.path LIKE :unit";
    static final String AND_UNIT_ALONE = "AND u.id = :unit";

    /** The condition on the org_unit alias {@code u}, with one parameter {@code :unit}: see {@link #bindUnit}. */
    String unitCondition() {
        return subtree ? AND_UNIT_SUBTREE : AND_UNIT_ALONE;
    }

    QueryBuilder bindUnit(QueryBuilder query) {
        return query.bind("unit", unitParam());
    }

    Object unitParam() {
        return subtree ? unit.path() + "%" : unit.id();
    }
}
