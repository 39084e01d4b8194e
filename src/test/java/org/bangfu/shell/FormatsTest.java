package org.bangfu.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

/** Screens show the deployment's local time (China time by default), whatever the server's zone and the value's. */
class FormatsTest {

    @Test
    void aMomentIsShownInChinaTimeWhateverItsOffset() {
        // 20:30 UTC is already the next morning in China
        assertThat(Formats.dateTime(OffsetDateTime.parse("2026-12-07T20:30:00Z"))).isEqualTo("2026-12-08 04:30");
        assertThat(Formats.dateTime(OffsetDateTime.parse("2026-12-08T04:30:00+08:00"))).isEqualTo("2026-12-08 04:30");
        assertThat(Formats.dateTime(OffsetDateTime.parse("2026-12-07T15:30:00-05:00"))).isEqualTo("2026-12-08 04:30");
        assertThat(Formats.dateTime(null)).isEmpty();
    }

    @Test
    void moneyHasGroupingAndTwoDecimals() {
        assertThat(Formats.money(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
    }
}
