package org.bangfu.operations.internal;

import java.time.Duration;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code events}: event publications not yet completed (Spring Modulith's registry). WARNING when
 * more than {@code bangfu.operations.events.max-stale} are older than {@code bangfu.operations.events.max-age}: a
 * listener keeps failing, so what it does (audit, a payment process hearing of its bank result …) has not happened.
 */
@Component
class EventsHealthIndicator extends AbstractHealthIndicator {

    private final Readings readings;
    private final OperationsSettings.Events limits;

    EventsHealthIndicator(Readings readings, OperationsSettings settings) {
        super("event publications could not be counted");
        this.readings = readings;
        this.limits = settings.events();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        judge(readings.events(), limits, builder);
    }

    static void judge(Readings.Events events, OperationsSettings.Events limits, Health.Builder builder) {
        Duration maxAge = limits.maxAge();
        builder.status(events.stale() > limits.maxStale() ? HealthStates.WARNING : Status.UP)
                .withDetail("incomplete", events.incomplete()).withDetail("stale", events.stale())
                .withDetail("maxAge", maxAge.toString()).withDetail("maxStale", limits.maxStale());
        if (events.oldest() != null) {
            builder.withDetail("oldest", events.oldest().toString());
        }
    }
}
