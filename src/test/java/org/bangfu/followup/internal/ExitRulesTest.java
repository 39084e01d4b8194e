package org.bangfu.followup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.bangfu.followup.IncomeRecord;
import org.junit.jupiter.api.Test;

class ExitRulesTest {

    private static IncomeRecord month(String yearMonth, String income) {
        return new IncomeRecord(LocalDate.parse(yearMonth + "-01"), new BigDecimal(income), new BigDecimal("830"));
    }

    @Test
    void countsConsecutiveMonthsAboveDibaoBackFromTheLatest() {
        List<IncomeRecord> records = new ArrayList<>(List.of(month("2026-01", "900"), month("2026-02", "800"),
                month("2026-03", "900"), month("2026-04", "900"), month("2026-05", "830.01")));
        assertThat(ExitRules.consecutiveMonthsAbove(records)).isEqualTo(3);
        records.add(month("2026-06", "830"));
        assertThat(ExitRules.consecutiveMonthsAbove(records)).isZero();
    }

    @Test
    void aMissingMonthBreaksTheRun() {
        assertThat(ExitRules.consecutiveMonthsAbove(List.of(month("2026-01", "900"), month("2026-02", "900"),
                month("2026-04", "900")))).isEqualTo(1);
        assertThat(ExitRules.consecutiveMonthsAbove(List.of())).isZero();
    }

    @Test
    void theSampleIsAtLeastTheRatioAndTheSameForTheSameSeed() {
        List<Long> ids = LongStream.rangeClosed(1, 10).boxed().toList();
        Set<Long> first = ExitRules.sample(ids, new BigDecimal("0.30"), 42L);
        assertThat(first).hasSize(3).isSubsetOf(ids);
        assertThat(ExitRules.sample(LongStream.rangeClosed(1, 10).map(i -> 11 - i).boxed().toList(), new BigDecimal("0.30"), 42L)).isEqualTo(first);
        assertThat(ExitRules.sample(ids, new BigDecimal("0.31"), 42L)).hasSize(4);
        assertThat(LongStream.range(0, 20).mapToObj(seed -> ExitRules.sample(ids, new BigDecimal("0.30"), seed))
                .distinct().count()).isGreaterThan(1);
        assertThat(ExitRules.sample(List.of(7L), new BigDecimal("0.30"), 1L)).containsExactly(7L);
    }
}
