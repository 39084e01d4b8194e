package org.bangfu.shell;

import java.time.Duration;

import org.bangfu.shared.NodeLocks;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose after-commit listener failed to that listener again: every publication still incomplete in
 * the event publication registry that is older than the retry interval ({@code bangfu.events.retry-interval},
 * 30 s) is published again, on the schedule of the background runs (docs/events.md), and once at start. Not
 * Spring Modulith's own republication at start ({@code republish-outstanding-events-on-restart}, off): that takes
 * every incomplete publication, also those another node is handing over at that moment. One node at a time
 * (node lock {@code event-retries}).
 */
@Component
class EventRetries {

    private final IncompleteEventPublications incomplete;
    private final Duration interval;
    private final NodeLocks locks;

    EventRetries(IncompleteEventPublications incomplete,
                 @Value("${bangfu.events.retry-interval:PT30S}") Duration interval, NodeLocks locks) {
        this.locks = locks;
        this.incomplete = incomplete;
        this.interval = interval;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        retry();
    }

    @Scheduled(fixedDelayString = "${bangfu.events.retry-interval:PT30S}",
            initialDelayString = "${bangfu.events.retry-interval:PT30S}")
    void retry() {
        // one node at a time hands the old ones over again (the listeners are once-only anyway, docs/events.md)
        locks.tryExclusively("event-retries", () -> incomplete.resubmitIncompletePublicationsOlderThan(interval));
    }
}
