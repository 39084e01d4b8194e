package org.bangfu.operations.internal;

import java.util.function.ToDoubleFunction;

import org.bangfu.funds.PaymentStatus;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

/**
 * Bangfu's gauges (docs/operations.md lists them with their alerts). Values come from {@link Readings}, so a scrape
 * costs at most one round of counts per {@code bangfu.operations.cache-ttl}; a count that fails reads as NaN.
 */
@Component
class OperationsMeters implements MeterBinder {

    private final Readings readings;

    OperationsMeters(Readings readings) {
        this.readings = readings;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        gauge(registry, "bangfu.jobs.due", "jobs due now with retries left: the job executor's backlog",
                r -> r.jobs().due());
        gauge(registry, "bangfu.jobs.failed", "jobs failed with no retries left (incidents)",
                r -> r.jobs().failed());
        gauge(registry, "bangfu.tasks.open", "open human tasks, all kinds and units", r -> r.jobs().openTasks());
        gauge(registry, "bangfu.events.incomplete", "event publications whose listener has not completed",
                r -> r.events().incomplete());
        gauge(registry, "bangfu.events.stale",
                "event publications not completed after bangfu.operations.events.max-age", r -> r.events().stale());
        for (PaymentStatus status : PaymentStatus.values()) {
            Gauge.builder("bangfu.payments", readings, r -> r.payments(status))
                    .description("payment lines by status").tag("status", status.name())
                    .strongReference(true).register(registry);
        }
    }

    private void gauge(MeterRegistry registry, String name, String description, ToDoubleFunction<Readings> value) {
        Gauge.builder(name, readings, value).description(description).strongReference(true).register(registry);
    }
}
