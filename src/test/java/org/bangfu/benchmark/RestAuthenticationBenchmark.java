package org.bangfu.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.bangfu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Benchmark, not a test of speed: what HTTP basic costs a REST client on its first request and on later ones.
 * {@code bangfu.bench.users} (default 50) new case workers each send one {@code GET /api/tasks?scope=mine} (their
 * inbox is empty, so the request is little more than its authentication), one after another, then
 * {@code bangfu.bench.rounds} (default 20) more rounds of the same request; one client, one thread, keep-alive. Also
 * times BCrypt on its own and the authentication alone (Bangfu's authentication provider called in-process for as
 * many other new users, first and later calls: the account read, its checks and the password). Run it with
 * {@code ./mvnw test -Dtest=RestAuthenticationBenchmark -Dbangfu.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false};
 * add {@code -Dbangfu.login.verified-ttl=PT0S} for the figures without remembered passwords (BCrypt on every
 * request, as before). Prints the figures and writes them to {@code target/benchmark-rest-auth.txt}; the last line
 * is {@code RESULT rest-auth first_p50_ms=… first_p95_ms=… later_p50_ms=… later_p95_ms=… auth_later_p50_ms=…
 * auth_later_p95_ms=…}.
 */
@EnabledIfSystemProperty(named = "bangfu.benchmark", matches = "rest-auth|true")
class RestAuthenticationBenchmark extends IntegrationTest {

    private static final int USERS = Integer.getInteger("bangfu.bench.users", 50);
    private static final int ROUNDS = Integer.getInteger("bangfu.bench.rounds", 20);
    private static final String PASSWORD = "bench-Passw0rd-rest-auth";

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired Environment environment;
    /** Bangfu's one provider (lockout, throttling, BCrypt or a remembered password), as every login uses it. */
    @Autowired AuthenticationProvider provider;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final List<String> report = new ArrayList<>();

    @Test
    void firstAndLaterRequestsOfRestClients() throws Exception {
        String hash = passwords.encode(PASSWORD);
        List<String> warmUsers = newUsers("warm", 10, hash);
        List<String> users = newUsers("bench", USERS, hash);
        line("verified-ttl=%s, %d users, %d later rounds, one thread, keep-alive",
                environment.getProperty("bangfu.login.verified-ttl"), USERS, ROUNDS);

        // Warm up the JIT, the pool and the connection on users that are not measured.
        for (int round = 0; round < 5; round++) {
            for (String user : warmUsers) {
                timed(user);
            }
        }
        List<Double> bcrypt = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long t = System.nanoTime();
            assertThat(passwords.matches(PASSWORD, hash)).isTrue();
            bcrypt.add((System.nanoTime() - t) / 1e6);
        }
        List<Double> first = new ArrayList<>();
        for (String user : users) {
            first.add(timed(user));
        }
        List<Double> later = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String user : users) {
                later.add(timed(user));
            }
        }
        List<String> direct = newUsers("direct", USERS, hash);
        List<Double> firstAuth = new ArrayList<>();
        for (String user : direct) {
            firstAuth.add(authenticated(user));
        }
        List<Double> laterAuth = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            for (String user : direct) {
                laterAuth.add(authenticated(user));
            }
        }
        line("BCrypt alone (strength 10), %d checks: p50 %.1f ms, p95 %.1f ms", bcrypt.size(), p(bcrypt, 50),
                p(bcrypt, 95));
        line("first request of a client, %d requests: p50 %.1f ms, p95 %.1f ms, max %.1f ms", first.size(),
                p(first, 50), p(first, 95), p(first, 100));
        line("later requests, %d requests: p50 %.1f ms, p95 %.1f ms, max %.1f ms", later.size(), p(later, 50),
                p(later, 95), p(later, 100));
        line("authentication alone, first call of a user, %d calls: p50 %.2f ms, p95 %.2f ms", firstAuth.size(),
                p(firstAuth, 50), p(firstAuth, 95));
        line("authentication alone, later calls, %d calls: p50 %.2f ms, p95 %.2f ms", laterAuth.size(),
                p(laterAuth, 50), p(laterAuth, 95));
        line("RESULT rest-auth first_p50_ms=%.1f first_p95_ms=%.1f later_p50_ms=%.1f later_p95_ms=%.1f"
                + " auth_later_p50_ms=%.2f auth_later_p95_ms=%.2f", p(first, 50), p(first, 95), p(later, 50),
                p(later, 95), p(laterAuth, 50), p(laterAuth, 95));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "benchmark-rest-auth.txt"),
                String.join(System.lineSeparator(), report) + System.lineSeparator());
    }

    private List<String> newUsers(String prefix, int count, String hash) {
        long unitId = organization.unitByCode("410102").orElseThrow().id();
        String run = Long.toString(System.nanoTime(), 36);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String username = prefix + "_" + run + "_" + i;
            jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, unit_id) VALUES (?, ?, ?, ?)")
                    .params(username, hash, username, unitId).update();
            jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, 'CASE_WORKER')").param(username)
                    .update();
            names.add(username);
        }
        return names;
    }

    /** One authentication by the provider, as HTTP basic makes it; milliseconds. */
    private double authenticated(String user) {
        long t = System.nanoTime();
        boolean ok = provider.authenticate(new UsernamePasswordAuthenticationToken(user, PASSWORD)).isAuthenticated();
        double ms = (System.nanoTime() - t) / 1e6;
        assertThat(ok).isTrue();
        return ms;
    }

    /** One request, its status checked; milliseconds from sending to the whole answer. */
    private double timed(String user) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/tasks?scope=mine"))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build();
        long t = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double ms = (System.nanoTime() - t) / 1e6;
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ms;
    }

    private static double p(List<Double> values, int percentile) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        System.out.println(text);
        report.add(text);
    }
}
