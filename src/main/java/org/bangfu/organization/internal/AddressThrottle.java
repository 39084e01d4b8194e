package org.bangfu.organization.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failed logins per client address in a sliding window, kept in memory (per server; a restart forgets them). An
 * address with too many recent failures is refused before any password is checked, until its failures age out.
 */
final class AddressThrottle {

    /** Above this many addresses, expired ones are swept out on the next failure. */
    private static final int SWEEP_ABOVE = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    AddressThrottle(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean throttled(String address, Instant now) {
        Deque<Instant> recent = failures.get(address);
        if (recent == null) {
            return false;
        }
        synchronized (recent) {
            prune(recent, now);
            return recent.size() >= maxFailures;
        }
    }

    /** Counts a failure; true exactly when this failure makes the address throttled. */
    boolean failed(String address, Instant now) {
        if (failures.size() > SWEEP_ABOVE) {
            failures.entrySet().removeIf(entry -> {
                synchronized (entry.getValue()) {
                    prune(entry.getValue(), now);
                    return entry.getValue().isEmpty();
                }
            });
        }
        Deque<Instant> recent = failures.computeIfAbsent(address, a -> new ArrayDeque<>());
        synchronized (recent) {
            prune(recent, now);
            if (recent.size() >= maxFailures) {
                return false;
            }
            recent.addLast(now);
            return recent.size() == maxFailures;
        }
    }

    private void prune(Deque<Instant> recent, Instant now) {
        Instant oldest = now.minus(window);
        while (!recent.isEmpty() && !recent.peekFirst().isAfter(oldest)) {
            recent.removeFirst();
        }
    }
}
