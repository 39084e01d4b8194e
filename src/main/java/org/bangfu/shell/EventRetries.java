package org.bangfu.shell;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Hands events whose after-commit listener failed to that listener again: every publication still incomplete in
 * the event publication registry that is older than the retry interval ({@code bangfu.events.retry-interval},
 * 30 s) is published again, on the schedule of the background runs (docs/events.md). A start republishes them all
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}).
 */
@Component
class EventRetries {

    private final IncompleteEventPublications incomplete;
    private final Duration interval;

    EventRetries(IncompleteEventPublications incomplete,
                 @Value("${bangfu.events.retry-interval:PT30S}") Duration interval) {
        this.incomplete = incomplete;
        this.interval = interval;
    }

    @Scheduled(fixedDelayString = "${bangfu.events.retry-interval:PT30S}",
            initialDelayString = "${bangfu.events.retry-interval:PT30S}")
    void retry() {
        incomplete.resubmitIncompletePublicationsOlderThan(interval);
    }
}
