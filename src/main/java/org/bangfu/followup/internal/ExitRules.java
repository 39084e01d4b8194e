package org.bangfu.followup.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bangfu.followup.IncomeRecord;

/** Pure rules of follow-up: the consecutive months above 低保, and the reproducible spot-check sample. */
final class ExitRules {

    private ExitRules() {
    }

    /** Consecutive calendar months above 低保, counting back from the latest record; a missing month breaks the run. */
    static int consecutiveMonthsAbove(List<IncomeRecord> byMonth) {
        int count = 0;
        YearMonth expected = null;
        for (int i = byMonth.size() - 1; i >= 0; i--) {
            IncomeRecord record = byMonth.get(i);
            YearMonth month = YearMonth.from(record.month());
            if ((expected != null && !month.equals(expected)) || !record.aboveDibao()) {
                break;
            }
            count++;
            expected = month.minusMonths(1);
        }
        return count;
    }

    /**
     * At least {@code ratio} of the files (rounded up; at least one when there are any), drawn by shuffling the ids in
     * ascending order with {@code new Random(seed)}: the same seed and files give the same sample.
     */
    static Set<Long> sample(List<Long> ids, BigDecimal ratio, long seed) {
        List<Long> ordered = new ArrayList<>(ids);
        Collections.sort(ordered);
        Collections.shuffle(ordered, new Random(seed));
        int size = ratio.multiply(BigDecimal.valueOf(ordered.size())).setScale(0, RoundingMode.CEILING).intValue();
        return new HashSet<>(ordered.subList(0, Math.min(size, ordered.size())));
    }
}
