package org.bangfu.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;

/**
 * The deployment's time zone ({@code bangfu.time-zone}, Asia/Shanghai by default): every time a person reads, on a
 * screen, in an export, a sheet or a REST answer, is a time of this zone, whatever the server's own zone is. The
 * application sets it once at start from the setting (the business clock has the same zone); until then, and in
 * tests that start no application, it is the default.
 */
public final class LocalZone {

    public static final ZoneId DEFAULT = ZoneId.of("Asia/Shanghai");

    private static volatile ZoneId zone = DEFAULT;

    private LocalZone() {
    }

    public static ZoneId zone() {
        return zone;
    }

    /** Called once at start with the configured zone. */
    public static void use(ZoneId configured) {
        zone = configured;
    }

    public static OffsetDateTime of(OffsetDateTime time) {
        return time == null ? null : time.atZoneSameInstant(zone).toOffsetDateTime();
    }

    public static OffsetDateTime of(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toOffsetDateTime();
    }

    public static OffsetDateTime of(ZonedDateTime time) {
        return time == null ? null : time.withZoneSameInstant(zone).toOffsetDateTime();
    }

    public static OffsetDateTime of(Date date) {
        return date == null ? null : of(date.toInstant());
    }

    /** The calendar day of that moment in the deployment's zone. */
    public static LocalDate day(Instant instant) {
        return instant == null ? null : instant.atZone(zone).toLocalDate();
    }
}
