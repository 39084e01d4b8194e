package org.bangfu.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.bangfu.BasicAuth;
import org.bangfu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Login as an attacker would try it: guessing passwords by form and HTTP basic, posting the login form from another
 * site, fixing a session id, framing and sniffing, and reading stack traces. Failing attempts come from documentation
 * addresses (X-Forwarded-For from the local proxy) so the suite's own logins from localhost are never throttled.
 */
class LoginSecurityTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 200));
    static final String PASSWORD = "correct-horse-battery";

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;

    @Test
    void fiveWrongPasswordsLockTheAccountSoEvenTheRightOneIsRefusedUntilTheLockEnds() {
        String user = newUser("lock");
        String address = newAddress();
        assertThat(basic(user, PASSWORD, address).statusCode()).isEqualTo(200);
        for (int i = 0; i < 5; i++) {
            assertThat(basic(user, "guess" + i, address).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> locked = basic(user, PASSWORD, newAddress());
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(audit(user)).containsSubsequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "ACCOUNT_LOCKED", "LOGIN_FAILED");

        // The login form is the same door: locked is locked.
        Session session = Session.open(baseUrl(), newAddress());
        assertThat(session.login(user, PASSWORD).headers().firstValue("Location").orElse("")).contains("error");

        jdbc.sql("UPDATE app_user SET locked_until = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE username = ?")
                .param(user).update();
        assertThat(basic(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);
    }

    @Test
    void anAddressWithTwentyFailedLoginsIsRefusedEvenWithRightPasswordsWhileOthersGoOn() {
        String user = newUser("throttle");
        String address = newAddress();
        for (int i = 0; i < 20; i++) {
            assertThat(basic("nobody" + i, "guess", address).statusCode()).isEqualTo(401);
        }
        assertThat(basic(user, PASSWORD, address).statusCode()).isEqualTo(401);
        Session session = Session.open(baseUrl(), address);
        assertThat(session.login(user, PASSWORD).headers().firstValue("Location").orElse("")).contains("error");
        assertThat(basic(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'ADDRESS_THROTTLED' AND detail LIKE ?")
                .param("%" + address + " %").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE action = 'LOGIN_FAILED' AND detail LIKE ?")
                .param("%from " + address).query(Integer.class).single()).isGreaterThanOrEqualTo(20);
    }

    @Test
    void theLoginFormIsRefusedWithoutItsCsrfTokenAndWorksWithIt() {
        String user = newUser("csrf");
        Session session = Session.open(baseUrl(), newAddress());
        HttpResponse<String> forged = session.post("/login", Map.of("username", user, "password", PASSWORD));
        assertThat(forged.headers().firstValue("Location").orElse("")).isNotEqualTo(baseUrl() + "/");
        assertThat(session.get("/").headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(audit(user)).doesNotContain("LOGIN_SUCCEEDED");

        HttpResponse<String> login = session.login(user, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(audit(user)).contains("LOGIN_SUCCEEDED");
    }

    @Test
    void theSessionIdChangesAtLogin() {
        String user = newUser("fixation");
        Session session = Session.open(baseUrl(), newAddress());
        String before = session.sessionId;
        assertThat(before).isNotBlank();
        HttpResponse<String> login = session.login(user, PASSWORD);
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(session.sessionId).isNotBlank().isNotEqualTo(before);
        assertThat(session.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void screensAndRestAnswersCarryTheSecurityHeadersAndHstsOnlyOverHttps() {
        HttpResponse<String> screen = Session.open(baseUrl(), newAddress()).page;
        assertThat(screen.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("script-src 'self' 'unsafe-inline' 'unsafe-eval'", "frame-ancestors 'self'",
                        "object-src 'none'");
        HttpResponse<String> rest = basic("cw_canyin", "demo1234", null);
        assertThat(rest.statusCode()).isEqualTo(200);
        assertThat(rest.headers().firstValue("Content-Security-Policy").orElse(""))
                .contains("default-src 'none'", "frame-ancestors 'self'");
        for (HttpResponse<String> answer : List.of(screen, rest)) {
            assertThat(answer.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(answer.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
            assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
            assertThat(answer.headers().firstValue("Strict-Transport-Security")).isEmpty();
        }
        HttpResponse<String> overHttps = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/tasks"))
                .header("Authorization", BasicAuth.header("cw_canyin", "demo1234")).header("X-Forwarded-Proto", "https"));
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security").orElse(""))
                .contains("max-age=31536000");
        HttpResponse<String> loginOverHttps = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .header("X-Forwarded-Proto", "https"));
        assertThat(loginOverHttps.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie)
                .startsWith("JSESSIONID=").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
    }

    @Test
    void theCamundaWebappsKeepTheirOwnContentSecurityPolicyAndStillLoad() {
        HttpResponse<String> cockpit = send(HttpRequest.newBuilder(
                URI.create(baseUrl() + "/camunda/app/cockpit/default/")).header("Authorization", BasicAuth.header("analyst",
                "demo1234")));
        assertThat(cockpit.statusCode()).isEqualTo(200);
        assertThat(cockpit.body()).contains("<title>Camunda Cockpit");
        List<String> policies = cockpit.headers().allValues("Content-Security-Policy");
        assertThat(policies).hasSize(1);
        assertThat(policies.get(0)).contains("'strict-dynamic'").doesNotContain("worker-src");
        assertThat(cockpit.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
        // Its scripts carry the nonce of that policy and are served.
        String nonce = policies.get(0).replaceAll(".*'nonce-([^']+)'.*", "$1");
        Matcher script = Pattern.compile("<script defer src=\"(/camunda/[^\"]+)\" nonce=\"([^\"]+)\"")
                .matcher(cockpit.body());
        assertThat(script.find()).isTrue();
        assertThat(script.group(2)).isEqualTo(nonce);
        assertThat(send(HttpRequest.newBuilder(URI.create(baseUrl() + script.group(1)))
                .header("Authorization", BasicAuth.header("analyst", "demo1234"))).statusCode()).isEqualTo(200);
    }

    @Test
    void errorAnswersOfTheEngineAndOfSpringNameNoStackTraceAndNoException() {
        HttpResponse<String> engine = send(HttpRequest.newBuilder(URI.create(baseUrl()
                + "/engine-rest/process-definition/key/NoSuchProcess")).header("Authorization", BasicAuth.header("analyst",
                "demo1234")));
        assertThat(engine.statusCode()).isEqualTo(404);
        assertThat(engine.body()).contains("\"message\"").doesNotContain("\tat ", "at org.camunda", "stackTrace");
        HttpResponse<String> spring = send(HttpRequest.newBuilder(URI.create(baseUrl()
                + "/api/account/password?trace=true")).header("Authorization", BasicAuth.header("cw_canyin", "demo1234"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{not json")));
        assertThat(spring.statusCode()).isEqualTo(400);
        assertThat(spring.body()).doesNotContain("trace", "exception", "Exception", "JSON parse", "at org.");
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private String newUser(String prefix) {
        String username = prefix + "_" + Long.toString(System.nanoTime(), 36);
        return BasicAuth.newCaseWorker(jdbc, organization, passwords, username, PASSWORD);
    }

    /** A documentation address (RFC 5737) of its own for each use. */
    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "198.51." + (100 + (n / 250) % 100) + "." + (1 + n % 250);
    }

    private List<String> audit(String user) {
        return jdbc.sql("SELECT action FROM audit_event WHERE actor = ? ORDER BY id").param(user)
                .query(String.class).list();
    }

    private HttpResponse<String> basic(String user, String password, String address) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/api/tasks"))
                .header("Authorization", BasicAuth.header(user, password));
        if (address != null) {
            request.header("X-Forwarded-For", address);
        }
        return send(request);
    }

    static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A browser's view of the login: the session cookie, the CSRF token from the login page, the form POST. */
    static final class Session {
        final String base;
        final String address;
        String sessionId;
        HttpResponse<String> page;

        private Session(String base, String address) {
            this.base = base;
            this.address = address;
        }

        static Session open(String base, String address) {
            Session session = new Session(base, address);
            session.page = session.get("/login");
            return session;
        }

        String csrfToken() {
            Matcher token = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
            assertThat(token.find()).as("CSRF token in the login page").isTrue();
            return token.group(1);
        }

        HttpResponse<String> login(String user, String password) {
            return post("/login", Map.of("username", user, "password", password, "_csrf", csrfToken()));
        }

        HttpResponse<String> get(String path) {
            return remember(send(builder(path).GET()));
        }

        HttpResponse<String> post(String path, Map<String, String> form) {
            String body = form.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return remember(send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body))));
        }

        private HttpRequest.Builder builder(String path) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .header("X-Forwarded-For", address).header("Accept", "text/html");
            if (sessionId != null) {
                request.header("Cookie", "JSESSIONID=" + sessionId);
            }
            return request;
        }

        private HttpResponse<String> remember(HttpResponse<String> response) {
            for (String cookie : response.headers().allValues("Set-Cookie")) {
                if (cookie.startsWith("JSESSIONID=")) {
                    sessionId = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
                    assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
                }
            }
            return response;
        }
    }
}
