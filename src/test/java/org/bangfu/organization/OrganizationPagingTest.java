package org.bangfu.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bangfu.PrivateSubtreeTest;
import org.bangfu.organization.OrganizationService.UserSummary;
import org.junit.jupiter.api.Test;

/** The users of a subtree and the union tree are paged and counted in the database. */
class OrganizationPagingTest extends PrivateSubtreeTest {

    @Test
    void usersArePagedAndCountedWithinTheSubtreeWithTheirRoles() {
        CurrentUser root = user(fx.rootUser);
        assertThat(organization.userCount(root)).isEqualTo(5);
        List<UserSummary> all = new ArrayList<>(organization.users(root, 0, 3));
        assertThat(all).hasSize(3);
        all.addAll(organization.users(root, 3, 3));
        assertThat(all).extracting(UserSummary::username).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(fx.rootUser, fx.u1User, fx.u2User, fx.analyst, fx.u3User)
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(all).isEqualTo(organization.users(root, 0, 100));
        assertThat(all).filteredOn(u -> u.username().equals(fx.u2User)).singleElement()
                .satisfies(u -> assertThat(u.roles()).containsExactly(Role.FINANCE));

        // a city sees its own users only; the national root sees them among all
        CurrentUser u3 = user(fx.u3User);
        assertThat(organization.userCount(u3)).isOne();
        assertThat(organization.users(u3, 0, 10)).extracting(UserSummary::username).containsExactly(fx.u3User);
        assertThat(organization.users(user("cw_huiji"), 0, 10_000)).extracting(UserSummary::username)
                .doesNotContain(fx.rootUser, fx.u1User, fx.u2User, fx.analyst, fx.u3User);
    }

    @Test
    void theUnitTreeIsPagedInPathOrder() {
        int total = organization.unitCount();
        List<OrgUnit> everyUnit = organization.units(organization.root(), null, 0, total + 1);
        assertThat(everyUnit).hasSize(total);
        List<OrgUnit> first = organization.units(0, 3);
        List<OrgUnit> second = organization.units(3, 3);
        assertThat(first).hasSize(3);
        assertThat(second).hasSize(3);
        List<OrgUnit> both = new ArrayList<>(first);
        both.addAll(second);
        assertThat(both).doesNotHaveDuplicates().isEqualTo(everyUnit.subList(0, 6));
        // the same tree order as the subtree search from the root, whatever the database's collation
        assertThat(organization.units(0, total)).isEqualTo(everyUnit).isSortedAccordingTo(
                        Comparator.comparing(OrgUnit::path))
                .extracting(OrgUnit::id).contains(fx.root, fx.u1, fx.u2);
        assertThat(organization.units(total, 10)).isEmpty();
    }
}
