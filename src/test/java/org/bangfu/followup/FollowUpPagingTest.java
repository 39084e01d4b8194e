package org.bangfu.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bangfu.PrivateSubtreeTest;
import org.bangfu.organization.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The watch-list and a re-verification run's files are paged and counted in the database. */
class FollowUpPagingTest extends PrivateSubtreeTest {

    @Autowired FollowUpService followUp;

    @Test
    void theWatchListIsPagedAndCountedWithinTheSubtree() {
        watch(fx.a, LocalDate.of(2097, 1, 1));
        watch(fx.b, LocalDate.of(2097, 2, 1));
        watch(fx.e, LocalDate.of(2096, 12, 1));
        watch(fx.f, LocalDate.of(2097, 2, 1));
        watch(fx.d, LocalDate.of(2097, 3, 1));
        CurrentUser root = user(fx.rootUser);
        assertThat(followUp.watchCount(root)).isEqualTo(5);
        List<WatchEntry> all = new ArrayList<>(followUp.watchList(root, 0, 3));
        assertThat(all).hasSize(3);
        all.addAll(followUp.watchList(root, 3, 3));
        assertThat(all).extracting(WatchEntry::caseId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrder(fx.a, fx.b, fx.e, fx.f, fx.d);
        assertThat(all).extracting(WatchEntry::watchedFrom).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(all).extracting(WatchEntry::caseId).containsExactlyInAnyOrderElementsOf(
                followUp.watchList(root).stream().map(WatchEntry::caseId).toList());

        // the city of D sees D alone; a unit without files and another county see none
        CurrentUser u2 = user(fx.u2User);
        assertThat(followUp.watchCount(u2)).isOne();
        assertThat(followUp.watchList(u2, 0, 10)).extracting(WatchEntry::caseId).containsExactly(fx.d);
        assertThat(followUp.watchCount(user(fx.u3User))).isZero();
        assertThat(followUp.watchList(user(fx.u3User), 0, 10)).isEmpty();
        assertThat(followUp.watchList(user("cw_huiji"), 0, 10_000)).extracting(WatchEntry::caseId)
                .doesNotContain(fx.a, fx.b, fx.d, fx.e, fx.f);
    }

    @Test
    void aRunsFilesArePagedAndCounted() {
        long run = jdbc.sql("""
                INSERT INTO reverification_run (run_year, unit_id, seed, sample_ratio, file_count, sample_count,
                  started_by, started_at) VALUES (2097, ?, 7, 0.3000, 3, 1, 'fixture', now()) RETURNING id""")
                .param(fx.root).query(Long.class).single();
        for (long caseId : List.of(fx.d, fx.a, fx.c)) {
            jdbc.sql("INSERT INTO reverification_item (run_id, case_id, sampled, previous_grade) VALUES (?, ?, ?, 'DEEP')")
                    .params(run, caseId, caseId == fx.a).update();
        }
        assertThat(followUp.itemCount(run)).isEqualTo(3);
        List<ReverificationItem> all = new ArrayList<>(followUp.items(run, 0, 2));
        assertThat(all).hasSize(2);
        all.addAll(followUp.items(run, 2, 2));
        assertThat(all).extracting(ReverificationItem::caseId).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.naturalOrder()).containsExactlyInAnyOrder(fx.a, fx.c, fx.d);
        assertThat(followUp.itemCount(run + 1_000_000)).isZero();
    }

    private void watch(long caseId, LocalDate from) {
        jdbc.sql("INSERT INTO watch_entry (case_id, watched_from, watched_until, status) VALUES (?, ?, ?, 'WATCHING')")
                .params(caseId, from, from.plusMonths(12)).update();
    }
}
