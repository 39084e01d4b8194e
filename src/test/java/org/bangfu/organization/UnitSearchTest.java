package org.bangfu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.bangfu.PrivateSubtreeTest;
import org.junit.jupiter.api.Test;

/**
 * The unit pickers' search: one page of a subtree at a time, filtered by name or code in SQL, never reaching outside
 * the subtree; direct children read by parent. Runs on a private subtree R with cities U1, U2, U3.
 */
class UnitSearchTest extends PrivateSubtreeTest {

    @Test
    void aSubtreeSearchPagesAndFiltersInTheDatabaseWithinTheSubtreeOnly() {
        OrgUnit r = organization.unit(fx.root);
        OrgUnit u1 = organization.unit(fx.u1);
        OrgUnit u2 = organization.unit(fx.u2);
        OrgUnit u3 = organization.unitByCode(r.code() + "03").orElseThrow();

        // offset and limit honoured, in tree order, the root of the search included
        assertThat(organization.unitCount(r, null)).isEqualTo(4);
        assertThat(organization.unitCount(r, "  ")).as("a blank filter is no filter").isEqualTo(4);
        List<OrgUnit> pages = new ArrayList<>(organization.units(r, null, 0, 3));
        assertThat(pages).containsExactly(r, u1, u2);
        pages.addAll(organization.units(r, "", 3, 3));
        assertThat(pages).containsExactly(r, u1, u2, u3);
        assertThat(organization.units(r, null, 4, 3)).isEmpty();
        assertThat(organization.units(r, null, 1, 1)).containsExactly(u1);

        // by name (anywhere in it) and by code
        assertThat(organization.units(r, u2.name(), 0, 10)).containsExactly(u2);
        assertThat(organization.unitCount(r, u2.name())).isOne();
        assertThat(organization.units(r, "DashU", 0, 10)).containsExactly(u1, u2, u3);
        assertThat(organization.units(r, "DashU", 1, 1)).containsExactly(u2);
        assertThat(organization.unitCount(r, "DashU")).isEqualTo(3);
        assertThat(organization.units(r, u3.code(), 0, 10)).containsExactly(u3);
        assertThat(organization.units(r, " " + u3.code().substring(2) + " ", 0, 10)).as("part of a code, trimmed")
                .containsExactly(u3);
        assertThat(organization.units(r, "%", 0, 10)).as("LIKE's wildcards are plain text").isEmpty();
        assertThat(organization.unitCount(r, "_")).isZero();
        assertThat(organization.units(r, "no such unit", 0, 10)).isEmpty();

        // another subtree's units are never returned, whatever the filter
        assertThat(organization.units(u1, null, 0, 100)).containsExactly(u1);
        assertThat(organization.unitCount(u1, null)).isOne();
        assertThat(organization.units(u1, u2.name(), 0, 10)).isEmpty();
        assertThat(organization.units(u1, "DashU", 0, 10)).containsExactly(u1);
        assertThat(organization.units(r, "410102", 0, 10)).as("郑州 units lie outside R").isEmpty();
        assertThat(organization.units(organization.root(), u2.name(), 0, 10)).as("the root sees every subtree")
                .containsExactly(u2);
    }

    @Test
    void directChildrenAreReadByParentInCodeOrder() {
        assertThat(organization.children(fx.root)).extracting(OrgUnit::id).startsWith(fx.u1, fx.u2).hasSize(3);
        assertThat(organization.children(fx.u1)).isEmpty();
        assertThat(organization.children(organization.root().id())).extracting(OrgUnit::code).contains("410000")
                .doesNotContain("410100").isSorted();
    }
}
