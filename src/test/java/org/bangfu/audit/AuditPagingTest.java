package org.bangfu.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bangfu.PrivateSubtreeTest;
import org.bangfu.audit.internal.AuditFixtures;
import org.bangfu.organization.CurrentUser;
import org.bangfu.shared.ForbiddenException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The audit log is paged and counted in the database: the auditor's subtree and the rows of no unit, newest first. */
class AuditPagingTest extends PrivateSubtreeTest {

    @Autowired AuditTrail audit;

    @Test
    void theLogIsPagedAndCountedWithinTheAuditorsSubtree() {
        String mark = "paging-" + fx.root;
        for (int i = 1; i <= 3; i++) {
            AuditFixtures.append(jdbc, OffsetDateTime.now(), "fixture", "EDITED", fx.a, fx.u1, mark + "-" + i);
        }
        CurrentUser auditor = user(fx.u1User);
        long unitless = jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE unit_id IS NULL").query(Long.class).single();
        assertThat(audit.count(auditor)).isEqualTo(unitless + 3);

        List<AuditEntry> newest = new ArrayList<>(audit.page(auditor, 0, 2));
        assertThat(newest).hasSize(2);
        newest.addAll(audit.page(auditor, 2, 2));
        assertThat(newest).extracting(AuditEntry::position).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(newest).extracting(AuditEntry::detail).contains(mark + "-1", mark + "-2", mark + "-3");
        assertThat(newest).extracting(AuditEntry::position).containsExactlyElementsOf(
                audit.recent(auditor, 4).stream().map(AuditEntry::position).toList());

        // the newest rows of all: another city's auditor would meet them on its first page if it could see them
        assertThat(audit.page(user("auditor_zhengzhou"), 0, 50)).extracting(AuditEntry::detail)
                .doesNotContain(mark + "-1", mark + "-2", mark + "-3");
        assertThatThrownBy(() -> audit.count(user(fx.rootUser))).isInstanceOf(ForbiddenException.class);
    }
}
