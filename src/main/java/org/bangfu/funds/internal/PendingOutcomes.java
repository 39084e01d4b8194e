package org.bangfu.funds.internal;

import java.util.List;

import org.bangfu.funds.PaymentStatus;
import org.bangfu.funds.PaymentCancelled;
import org.bangfu.funds.PaymentFailed;
import org.bangfu.funds.PaymentOutcome;
import org.bangfu.funds.PaymentSettled;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.bangfu.shared.NodeLocks;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start, publishes the outcome of every line whose waiting process has not been told yet
 * ({@code awaits_signal AND NOT outcome_signalled}). Normally the event publication registry has them already and
 * the second one is dropped as no longer news; this catches outcomes recorded before the registry existed (the
 * former scheduled hand-over) and any whose publication was lost.
 */
@Component
public class PendingOutcomes {

    private static final Logger log = LoggerFactory.getLogger(PendingOutcomes.class);

    static final String LIST_UNSIGNALLED_OUTCOMES = """
            SELECT id, idempotency_key, status, failure_reason
            FROM payment_record WHERE awaits_signal AND NOT outcome_signalled AND status IN (:outcomes)
            ORDER BY id""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final NodeLocks locks;

    PendingOutcomes(JdbcClient jdbc, ApplicationEventPublisher events, NodeLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void atStartUp() {
        // the hand-over is once anyway (outcome_signalled); the lock keeps two starting nodes from both publishing
        locks.awaitInTransaction(NodeLocks.START_UP);
        List<PaymentOutcome> pending = jdbc.sql(LIST_UNSIGNALLED_OUTCOMES)
                .param("outcomes", List.of(PaymentStatus.PAID.name(), PaymentStatus.FAILED.name(),
                        PaymentStatus.CANCELLED.name()))
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    String key = rs.getString("idempotency_key");
                    return switch (rs.getString("status")) {
                        case "PAID" -> (PaymentOutcome) new PaymentSettled(id, key);
                        case "FAILED" -> new PaymentFailed(id, key, rs.getString("failure_reason"));
                        default -> new PaymentCancelled(id, key);
                    };
                }).list();
        if (!pending.isEmpty()) {
            log.info("{} payment outcomes not yet handed to their processes: published again", pending.size());
            pending.forEach(events::publishEvent);
        }
    }
}
