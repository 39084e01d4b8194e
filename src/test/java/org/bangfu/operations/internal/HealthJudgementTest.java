package org.bangfu.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** The thresholds of the jobs and events groups, both sides of each, and which URIs get a latency histogram. */
class HealthJudgementTest {

    private static final OperationsSettings.Jobs JOB_LIMITS = new OperationsSettings.Jobs(100, 0);
    private static final OperationsSettings.Events EVENT_LIMITS =
            new OperationsSettings.Events(Duration.ofMinutes(15), 2);

    @Test
    void jobsAreUpAtTheThresholdsAndWarnAboveEither() {
        assertThat(jobs(new Readings.Jobs(100, 0, 7)).getStatus()).isEqualTo(Status.UP);
        Health backlog = jobs(new Readings.Jobs(101, 0, 7));
        assertThat(backlog.getStatus()).isEqualTo(HealthStates.WARNING);
        assertThat(backlog.getDetails()).containsKey("backlog").doesNotContainKey("failures")
                .containsEntry("due", 101L).containsEntry("openTasks", 7L);
        Health failed = jobs(new Readings.Jobs(0, 1, 0));
        assertThat(failed.getStatus()).isEqualTo(HealthStates.WARNING);
        assertThat(failed.getDetails()).containsKey("failures").doesNotContainKey("backlog");
    }

    @Test
    void eventsAreUpUpToMaxStaleAndWarnAbove() {
        assertThat(events(new Readings.Events(5, 2, OffsetDateTime.now())).getStatus()).isEqualTo(Status.UP);
        Health stale = events(new Readings.Events(5, 3, OffsetDateTime.now()));
        assertThat(stale.getStatus()).isEqualTo(HealthStates.WARNING);
        assertThat(stale.getDetails()).containsEntry("stale", 3L).containsEntry("maxAge", "PT15M")
                .containsKey("oldest");
        assertThat(events(new Readings.Events(0, 0, null)).getDetails()).doesNotContainKey("oldest");
    }

    @Test
    void everyRequestTimerIsAHistogramFineForTheInboxAndCoarseForTheRest() {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().meterFilter(new LatencyHistograms(List.of("/api/tasks")));
        Timer inbox = Timer.builder("http.server.requests").tags(Tags.of("uri", "/api/tasks/{taskId}"))
                .register(registry);
        Timer other = Timer.builder("http.server.requests").tags(Tags.of("uri", "/api/cases"))
                .register(registry);
        Timer notHttp = Timer.builder("something.else").tags(Tags.of("uri", "/api/tasks")).register(registry);
        inbox.record(Duration.ofMillis(20));
        other.record(Duration.ofMillis(20));
        notHttp.record(Duration.ofMillis(20));

        assertThat(inbox.takeSnapshot().histogramCounts()).hasSizeGreaterThan(20);
        assertThat(other.takeSnapshot().histogramCounts()).hasSize(LatencyHistograms.COARSE_MILLIS.length);
        assertThat(notHttp.takeSnapshot().histogramCounts()).isEmpty();
        // One metric, one kind: the scrape writes it (a histogram beside a summary would fail here).
        String scrape = registry.scrape();
        assertThat(scrape).contains("# TYPE http_server_requests_seconds histogram",
                "# TYPE something_else_seconds summary");
        assertThat(scrape.lines()).anyMatch(line -> line.startsWith("http_server_requests_seconds_bucket{")
                && line.contains("uri=\"/api/cases\"") && line.contains("le=\"0.01\""));
        assertThat(scrape.lines().filter(line -> line.startsWith("http_server_requests_seconds_bucket{")
                && line.contains("/api/tasks/{taskId}"))).hasSizeGreaterThan(20);
    }

    private static Health jobs(Readings.Jobs jobs) {
        Health.Builder builder = new Health.Builder();
        JobsHealthIndicator.judge(jobs, JOB_LIMITS, builder);
        return builder.build();
    }

    private static Health events(Readings.Events events) {
        Health.Builder builder = new Health.Builder();
        EventsHealthIndicator.judge(events, EVENT_LIMITS, builder);
        return builder.build();
    }
}
