package org.bangfu.operations.internal;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code bangfu.operations.*}: how long a reading is reused, and the thresholds above which the {@code jobs} and
 * {@code events} health groups answer WARNING (docs/operations.md explains each one).
 *
 * @param cacheTtl      how long the counts behind the gauges and the jobs and events groups are reused; every node,
 *                      scrape and health probe within it costs no query
 * @param jobs          the job executor's backlog
 * @param events        event publications not yet completed
 * @param latencyUris   URI templates (prefixes) of {@code http.server.requests} that get a latency histogram and
 *                      p50/p95/p99; the other URIs keep count, sum and max only
 */
@ConfigurationProperties("bangfu.operations")
record OperationsSettings(@DefaultValue("PT30S") Duration cacheTtl, @DefaultValue Jobs jobs,
                          @DefaultValue Events events, @DefaultValue("/api/tasks") List<String> latencyUris) {

    /**
     * @param maxDue    WARNING when more jobs than this are due now (the executor does not keep up)
     * @param maxFailed WARNING when more jobs than this have failed with no retries left (incidents)
     */
    record Jobs(@DefaultValue("1000") long maxDue, @DefaultValue("0") long maxFailed) {
    }

    /**
     * @param maxAge   a publication not completed after this long counts as stale (its listener keeps failing)
     * @param maxStale WARNING when more publications than this are stale
     */
    record Events(@DefaultValue("PT15M") Duration maxAge, @DefaultValue("0") long maxStale) {
    }
}
