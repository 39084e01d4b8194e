package org.bangfu.operations.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;

import org.bangfu.funds.PaymentStatus;
import org.bangfu.workflow.EngineGauges;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The counts behind the gauges and the jobs and events health groups, each read with one cheap query and reused for
 * {@code bangfu.operations.cache-ttl}. Other modules' tables are only read: the event publication registry (whose
 * completed rows are deleted at once, so it holds only publications not yet completed) and the payment lines.
 */
@Component
class Readings {

    static final String EVENTS = """
            SELECT COUNT(*) AS incomplete,
                   COALESCE(SUM(CASE WHEN publication_date < :cutoff THEN 1 ELSE 0 END), 0) AS stale,
                   MIN(publication_date) AS oldest
              FROM event_publication WHERE completion_date IS NULL""";
    static final String PAYMENTS = """
            SELECT status, COUNT(*) AS n FROM payment_record GROUP BY status""";

    record Jobs(long due, long failed, long openTasks) {
    }

    record Events(long incomplete, long stale, OffsetDateTime oldest) {
    }

    private final Cached<Jobs> jobs;
    private final Cached<Events> events;
    private final Cached<Map<PaymentStatus, Long>> payments;

    Readings(EngineGauges engine, JdbcClient jdbc, Clock clock, OperationsSettings settings) {
        this.jobs = new Cached<>(() -> new Jobs(engine.executableJobs(), engine.failedJobs(), engine.openTasks()),
                settings.cacheTtl());
        this.events = new Cached<>(() -> jdbc.sql(EVENTS)
                .param("cutoff", OffsetDateTime.ofInstant(clock.instant().minus(settings.events().maxAge()),
                        ZoneOffset.UTC))
                .query((rs, row) -> new Events(rs.getLong("incomplete"), rs.getLong("stale"),
                        rs.getObject("oldest", OffsetDateTime.class)))
                .single(), settings.cacheTtl());
        this.payments = new Cached<>(() -> {
            Map<PaymentStatus, Long> counts = new EnumMap<>(PaymentStatus.class);
            for (PaymentStatus status : PaymentStatus.values()) {
                counts.put(status, 0L);
            }
            jdbc.sql(PAYMENTS).query(rs -> {
                counts.put(PaymentStatus.valueOf(rs.getString("status")), rs.getLong("n"));
            });
            return Map.copyOf(counts);
        }, settings.cacheTtl());
    }

    Jobs jobs() {
        return jobs.get();
    }

    Events events() {
        return events.get();
    }

    long payments(PaymentStatus status) {
        return payments.get().get(status);
    }

    /** The next reading of each goes to the database (tests, after they changed what is counted). */
    void expire() {
        jobs.expire();
        events.expire();
        payments.expire();
    }
}
