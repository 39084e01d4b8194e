package org.bangfu.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.bangfu.IntegrationTest;
import org.bangfu.Rest;
import org.bangfu.funds.PaymentStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * The actuator as operations and a load balancer see it: an open health summary without components, the health
 * groups with their components for administrators only, the Prometheus scrape for administrators only with Bangfu's
 * meters and the inbox latency histogram, and refused logins counted.
 */
class OperationsEndpointsTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 200));

    @Autowired Readings readings;
    @Autowired MeterRegistry meters;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    private Rest rest() {
        return new Rest(baseUrl());
    }

    @Test
    void theHealthSummaryAndTheProbesAreOpenButShowAStatusOnly() {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            Rest.Reply reply = rest().get(null, path);
            assertThat(reply.status()).as(path).isEqualTo(200);
            assertThat(reply.json().path("status").asText()).as(path).isIn("UP", "WARNING");
            assertThat(reply.json().has("components")).as(path).isFalse();
        }
        // A case worker is no administrator: still the status alone.
        assertThat(rest().get("cw_canyin", "/actuator/health").json().has("components")).isFalse();
    }

    @Test
    void everyOtherActuatorEndpointNeedsAnAdministrator() {
        for (String path : List.of("/actuator", "/actuator/health/db", "/actuator/health/engine",
                "/actuator/health/jobs", "/actuator/health/events", "/actuator/info", "/actuator/metrics",
                "/actuator/prometheus")) {
            Rest.Reply anonymous = rest().get(null, path);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).as(path).startsWith("application/problem+json");
            assertThat(rest().get("cw_canyin", path).status()).as(path).isEqualTo(403);
            assertThat(rest().get("analyst", path).status()).as(path).isEqualTo(403);
            assertThat(rest().get("admin", path).status()).as(path).isIn(200, 503);
        }
    }

    @Test
    void theHealthGroupsAnswerAnAdministratorWithTheirComponents() {
        JsonNode all = rest().get("admin", "/actuator/health").json();
        assertThat(all.path("components").has("db")).isTrue();
        assertThat(all.path("components").has("engine")).isTrue();
        assertThat(all.path("components").has("jobs")).isTrue();
        assertThat(all.path("components").has("events")).isTrue();
        // Camunda's own indicators are replaced (its job executor one is DOWN on a node without an executor).
        assertThat(all.path("components").has("jobExecutor")).isFalse();

        Rest.Reply db = rest().get("admin", "/actuator/health/db");
        assertThat(db.status()).isEqualTo(200);
        assertThat(db.json().path("components").path("db").path("status").asText()).isEqualTo("UP");

        JsonNode engine = rest().get("admin", "/actuator/health/engine").json().path("components").path("engine");
        assertThat(engine.path("status").asText()).isEqualTo("UP");
        assertThat(engine.path("details").path("version").asText()).startsWith("7.");
        assertThat(engine.path("details").path("historyLevel").asText()).matches("[0-3]");
        // The tests run jobs themselves: no job executor on this node, and the engine is healthy all the same.
        assertThat(engine.path("details").path("jobExecutorActive").asBoolean()).isFalse();

        readings.expire();
        JsonNode jobs = rest().get("admin", "/actuator/health/jobs").json().path("components").path("jobs");
        Readings.Jobs counted = readings.jobs();
        assertThat(jobs.path("details").path("due").asLong()).isEqualTo(counted.due());
        assertThat(jobs.path("details").path("failed").asLong()).isEqualTo(counted.failed());
        assertThat(jobs.path("details").path("maxDue").asLong()).isEqualTo(1000);
        assertThat(jobs.path("status").asText()).isEqualTo(counted.due() > 1000 || counted.failed() > 0
                ? "WARNING" : "UP");

        JsonNode events = rest().get("admin", "/actuator/health/events").json().path("components").path("events");
        assertThat(events.path("details").path("maxAge").asText()).isEqualTo("PT15M");
        assertThat(events.path("details").has("incomplete")).isTrue();
    }

    @Test
    void anEventPublicationLeftIncompleteTooLongTurnsTheEventsGroupToWarningButNotTheSummary() {
        readings.expire();
        long staleBefore = readings.events().stale();
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO event_publication (id, listener_id, event_type, serialized_event, publication_date)
                VALUES (:id, 'operations-test.listener', 'java.lang.String', '"probe"', :at)""")
                .param("id", id)
                .param("at", OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofHours(1)), ZoneOffset.UTC))
                .update();
        try {
            readings.expire();
            Rest.Reply events = rest().get("admin", "/actuator/health/events");
            assertThat(events.status()).isEqualTo(503);
            assertThat(events.json().path("status").asText()).isEqualTo("WARNING");
            assertThat(events.json().path("components").path("events").path("details").path("stale").asLong())
                    .isEqualTo(staleBefore + 1);
            assertThat(meters.get("bangfu.events.stale").gauge().value()).isEqualTo(staleBefore + 1);
            // A load balancer keeps the node: the summary still answers 200.
            Rest.Reply summary = rest().get(null, "/actuator/health");
            assertThat(summary.status()).isEqualTo(200);
            assertThat(summary.json().path("status").asText()).isEqualTo("WARNING");
        } finally {
            jdbc.sql("DELETE FROM event_publication WHERE id = :id").param("id", id).update();
            readings.expire();
        }
        assertThat(readings.events().stale()).isEqualTo(staleBefore);
    }

    @Test
    void theScrapeCarriesBangfuMetersAndTheInboxLatencyByUriTemplate() {
        assertThat(rest().get("cw_canyin", "/api/tasks").status()).isEqualTo(200);
        assertThat(rest().get(null, "/actuator/health").status()).isEqualTo(200);
        assertThat(rest().get("cw_canyin", "/api/tasks/no-such-task-4711").status()).isBetween(400, 499);
        readings.expire();

        Rest.Reply scrape = rest().get("admin", "/actuator/prometheus");
        assertThat(scrape.status()).isEqualTo(200);
        assertThat(scrape.contentType()).startsWith("text/plain");
        String text = scrape.body();
        assertThat(text).contains("bangfu_jobs_due{", "bangfu_jobs_failed{", "bangfu_tasks_open{",
                "bangfu_events_incomplete{", "bangfu_events_stale{", "bangfu_logins_refused_total{",
                "application=\"bangfu\"");
        for (PaymentStatus status : PaymentStatus.values()) {
            assertThat(text).contains("status=\"" + status.name() + "\"");
        }
        // URI templates, never raw paths; histogram and percentiles for the inbox only.
        assertThat(text).contains("uri=\"/api/tasks/{taskId}\"").doesNotContain("no-such-task-4711");
        // Fine buckets for the inbox, the eleven coarse ones for everything else.
        assertThat(buckets(text, "/api/tasks")).hasSizeGreaterThan(20);
        assertThat(buckets(text, "/actuator/health")).hasSize(LatencyHistograms.COARSE_MILLIS.length + 1);

        long paid = jdbc.sql("SELECT COUNT(*) FROM payment_record WHERE status = :status")
                .param("status", PaymentStatus.PAID.name()).query(Long.class).single();
        readings.expire();
        assertThat(meters.get("bangfu.payments").tag("status", "PAID").gauge().value()).isEqualTo(paid);
        assertThat(meters.get("bangfu.jobs.due").gauge().value()).isEqualTo(readings.jobs().due());
    }

    @Test
    void aRefusedLoginIsCountedByReasonAndAnAcceptedOneIsNot() {
        double before = refused("bad_credentials");
        assertThat(basic("admin", "not-the-password", newAddress())).isEqualTo(401);
        assertThat(refused("bad_credentials")).isEqualTo(before + 1);
        assertThat(basic("nobody-at-all", "guess", newAddress())).isEqualTo(401);
        assertThat(refused("bad_credentials")).isEqualTo(before + 2);
        assertThat(basic("admin", "demo1234", newAddress())).isEqualTo(200);
        assertThat(refused("bad_credentials")).isEqualTo(before + 2);
        assertThat(rest().get("admin", "/actuator/prometheus").body())
                .containsPattern("bangfu_logins_refused_total\\{[^}]*reason=\"bad_credentials\"[^}]*} [1-9]");
    }

    /** The bucket lines of the first series of http.server.requests for that URI template. */
    private static List<String> buckets(String scrape, String uri) {
        List<String> lines = scrape.lines().filter(line -> line.startsWith("http_server_requests_seconds_bucket{")
                && line.contains("uri=\"" + uri + "\"")).toList();
        assertThat(lines).as(uri).isNotEmpty();
        String series = labelsWithoutLe(lines.get(0));
        return lines.stream().filter(line -> labelsWithoutLe(line).equals(series)).toList();
    }

    private static String labelsWithoutLe(String line) {
        return line.substring(0, line.indexOf('}')).replaceAll(",?le=\"[^\"]*\"", "");
    }

    private double refused(String reason) {
        return meters.get("bangfu.logins.refused").tag("reason", reason).counter().count();
    }

    /** A REST call with HTTP basic from a documentation address, so the suite's own address is never throttled. */
    private int basic(String user, String password, String address) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/tasks"))
                .header("Authorization", "Basic " + token).header("X-Forwarded-For", address).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0.113." + (1 + n % 250);
    }
}
