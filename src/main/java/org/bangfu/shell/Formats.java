package org.bangfu.shell;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.bangfu.shared.LocalZone;

/** How screens show times and money: the deployment's local time ({@link LocalZone}) to the minute, yuan with two decimals and grouping. */
public final class Formats {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Formats() {
    }

    public static String dateTime(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(LocalZone.zone()).format(DATE_TIME);
    }

    public static String money(BigDecimal amount) {
        return amount == null ? "" : new DecimalFormat("#,##0.00").format(amount);
    }
}
