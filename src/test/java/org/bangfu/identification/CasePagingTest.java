package org.bangfu.identification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bangfu.PrivateSubtreeTest;
import org.bangfu.organization.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The case list's pages and count come from the database, newest first, within the user's subtree. */
class CasePagingTest extends PrivateSubtreeTest {

    @Autowired IdentificationService identification;

    @Test
    void casesArePagedAndCountedInTheDatabaseWithinTheSubtree() {
        CurrentUser root = user(fx.rootUser);
        assertThat(identification.caseCount(root)).isEqualTo(6);
        List<HardshipCase> first = identification.casePage(root, 0, 4);
        List<HardshipCase> second = identification.casePage(root, 4, 4);
        assertThat(first).hasSize(4);
        assertThat(second).hasSize(2);
        List<Long> ids = new ArrayList<>(first.stream().map(HardshipCase::id).toList());
        ids.addAll(second.stream().map(HardshipCase::id).toList());
        assertThat(ids).doesNotHaveDuplicates().containsExactlyInAnyOrder(fx.a, fx.b, fx.c, fx.d, fx.e, fx.f)
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(ids).isEqualTo(identification.cases(root, 500).stream().map(HardshipCase::id).toList());
        assertThat(identification.casePage(root, 6, 4)).isEmpty();

        CurrentUser u1 = user(fx.u1User);
        assertThat(identification.caseCount(u1)).isEqualTo(4);
        assertThat(identification.casePage(u1, 0, 10)).extracting(HardshipCase::id)
                .containsExactly(fx.f, fx.e, fx.b, fx.a);
        // a unit without files, and another county, see none of them
        assertThat(identification.caseCount(user(fx.u3User))).isZero();
        assertThat(identification.casePage(user(fx.u3User), 0, 10)).isEmpty();
        assertThat(identification.casePage(user("cw_huiji"), 0, 10_000)).extracting(HardshipCase::id)
                .doesNotContainAnyElementsOf(ids);
    }
}
