package org.bangfu;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Business time in a module slice, where the engine (and with it the application's clock, which reads the engine's
 * time) is not started: the system time in {@code bangfu.time-zone} until a test moves it.
 */
public final class MovableClock extends Clock {

    private final ZoneId zone;
    private volatile Instant fixed;

    public MovableClock(ZoneId zone) {
        this.zone = zone;
    }

    /** From now on the time is the start of that day in the clock's zone, until {@link #reset()}. */
    public void moveTo(LocalDate day) {
        fixed = day.atStartOfDay(zone).toInstant();
    }

    public void reset() {
        fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }
}
