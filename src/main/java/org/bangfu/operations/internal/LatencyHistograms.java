package org.bangfu.operations.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;

/**
 * Every {@code http.server.requests} timer becomes a Prometheus histogram, so that {@code histogram_quantile} gives
 * p50/p95 over all nodes: fine buckets (1 ms to 30 s) for the configured URI templates — the inbox by default — and
 * eleven coarse ones (5 ms to 10 s) for the others, which keeps the scrape small. All of one kind on purpose: the
 * Prometheus registry cannot write one metric as a histogram for some URIs and a summary for others (the scrape
 * fails), so no client-side percentiles either.
 */
final class LatencyHistograms implements MeterFilter {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";
    static final double[] COARSE_MILLIS = {5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000};

    private final List<String> uriPrefixes;

    LatencyHistograms(List<String> uriPrefixes) {
        this.uriPrefixes = List.copyOf(uriPrefixes);
    }

    @Override
    public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
        if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
            return config;
        }
        String uri = id.getTag("uri");
        boolean fine = uri != null && uriPrefixes.stream().anyMatch(uri::startsWith);
        DistributionStatisticConfig.Builder histogram = DistributionStatisticConfig.builder();
        if (fine) {
            histogram.percentilesHistogram(true)
                    .minimumExpectedValue((double) Duration.ofMillis(1).toNanos())
                    .maximumExpectedValue((double) Duration.ofSeconds(30).toNanos());
        } else {
            histogram.percentilesHistogram(false).serviceLevelObjectives(Arrays.stream(COARSE_MILLIS)
                    .map(millis -> millis * 1_000_000).toArray());
        }
        return histogram.build().merge(config);
    }
}
