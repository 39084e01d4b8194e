package org.bangfu.operations.internal;

import org.springframework.boot.actuate.health.Status;

/**
 * WARNING: work piles up or waits for a person, but this node serves. Ordered between DOWN and UP
 * ({@code management.endpoint.health.status.order}); the summary answers 200 with it, so a load balancer keeps the
 * node, while the {@code jobs} and {@code events} groups answer 503, so an HTTP check on them alerts.
 */
final class HealthStates {

    static final Status WARNING = new Status("WARNING");

    private HealthStates() {
    }
}
