package org.bangfu.operations.internal;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read at most once per time-to-live, however many scrapes and health probes ask. Monotonic time: tests and
 * the engine move the business clock, which must not freeze or expire a reading.
 */
final class Cached<T> {

    private final Supplier<T> read;
    private final long ttlNanos;
    private T value;
    private long readAt;

    Cached(Supplier<T> read, Duration ttl) {
        this.read = read;
        this.ttlNanos = ttl.toNanos();
    }

    synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - readAt >= ttlNanos) {
            value = read.get();
            readAt = now;
        }
        return value;
    }

    /** The next {@link #get()} reads again. */
    synchronized void expire() {
        value = null;
    }
}
