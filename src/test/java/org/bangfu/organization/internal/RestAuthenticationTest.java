package org.bangfu.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.bangfu.BasicAuth;
import org.bangfu.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP basic on every REST call pays BCrypt once, and nothing else gets weaker: wrong passwords still go to BCrypt and
 * count toward the lockout, a locked or disabled account is refused with the right password already confirmed, a
 * changed password (here or on another node) stops the old one at once, roles are read on every request. The proof
 * that BCrypt did not run is the provider's count of password-encoder comparisons, not timing. Failing attempts come
 * from documentation addresses (RFC 5737 TEST-NET-3), so no other test's address is throttled.
 */
class RestAuthenticationTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final AtomicInteger ADDRESSES = new AtomicInteger((int) (System.nanoTime() % 200));
    private static final String PASSWORD = "first-Passw0rd-of-the-client";
    private static final String NEW_PASSWORD = "second-Passw0rd-of-the-client";

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired GuardedAuthenticationProvider provider;

    @Test
    void onlyTheFirstRequestOfAClientRunsBCrypt() {
        String user = newUser("cached");
        long before = provider.passwordChecks();
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);
        assertThat(provider.passwordChecks() - before).isEqualTo(1);

        for (int i = 0; i < 5; i++) {
            assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);
        }
        assertThat(provider.passwordChecks() - before).as("BCrypt runs after the first request").isEqualTo(1);
        assertThat(provider.verifiedPasswords()).isPositive();

        // Another user is another entry: their first request pays BCrypt like everyone's.
        String other = newUser("other");
        assertThat(call(other, PASSWORD, newAddress()).statusCode()).isEqualTo(200);
        assertThat(provider.passwordChecks() - before).isEqualTo(2);
    }

    @Test
    void aWrongPasswordAfterAConfirmedRightOneIsRefusedByBCryptAndCountedForTheLockout() {
        String user = newUser("wrong");
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);

        long before = provider.passwordChecks();
        assertThat(call(user, PASSWORD + "x", newAddress()).statusCode()).isEqualTo(401);
        assertThat(provider.passwordChecks() - before).as("a wrong password goes to BCrypt").isEqualTo(1);
        assertThat(failedLogins(user)).isEqualTo(1);
        assertThat(audit(user)).containsExactly("LOGIN_FAILED");

        // A wrong guess does not log the real client out, and the right password ends the run of failures.
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);
        assertThat(provider.passwordChecks() - before).isEqualTo(1);
        assertThat(failedLogins(user)).isZero();

        // Wrong passwords are never remembered: each one is checked and counted, up to the lock.
        for (int i = 0; i < 5; i++) {
            assertThat(call(user, "guess-" + (i % 2), newAddress()).statusCode()).isEqualTo(401);
        }
        assertThat(provider.passwordChecks() - before).isEqualTo(6);
        assertThat(audit(user)).containsSubsequence("LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED", "LOGIN_FAILED",
                "LOGIN_FAILED", "ACCOUNT_LOCKED");
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(401);
        assertThat(audit(user)).last().isEqualTo("LOGIN_FAILED");
    }

    @Test
    void aLockedOrDisabledAccountIsRefusedEvenWithItsPasswordAlreadyConfirmed() {
        String user = newUser("locked");
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);
        long before = provider.passwordChecks();

        // Locked behind the application's back (as another node would): no event reaches this node's entry.
        jdbc.sql("UPDATE app_user SET locked_until = CURRENT_TIMESTAMP + INTERVAL '10' MINUTE WHERE username = ?")
                .param(user).update();
        HttpResponse<String> locked = call(user, PASSWORD, newAddress());
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(audit(user)).containsExactly("LOGIN_FAILED");

        jdbc.sql("UPDATE app_user SET locked_until = NULL WHERE username = ?").param(user).update();
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = ?").param(user).update();
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(401);

        jdbc.sql("UPDATE app_user SET enabled = TRUE WHERE username = ?").param(user).update();
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);
        // The entry was there all along (no BCrypt since), and still the account checks refused.
        assertThat(provider.passwordChecks() - before).isZero();
    }

    @Test
    void afterAPasswordChangeTheOldPasswordIsRefusedAtOnceAndCounted() {
        String user = newUser("change");
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);

        HttpResponse<String> change = BasicAuth.send(HTTP, HttpRequest.newBuilder(URI.create(baseUrl() + "/api/account/password"))
                .header("Authorization", BasicAuth.header(user, PASSWORD)).header("X-Forwarded-For", newAddress())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + PASSWORD
                        + "\",\"newPassword\":\"" + NEW_PASSWORD + "\"}")));
        assertThat(change.statusCode()).isEqualTo(204);

        long before = provider.passwordChecks();
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(401);
        assertThat(failedLogins(user)).isEqualTo(1);
        assertThat(call(user, NEW_PASSWORD, newAddress()).statusCode()).isEqualTo(200);
        assertThat(call(user, NEW_PASSWORD, newAddress()).statusCode()).isEqualTo(200);
        assertThat(provider.passwordChecks() - before).as("old refused by BCrypt, new one checked once").isEqualTo(2);

        // Changed on another node (only the stored hash changes here, no event): the old password stops at once too.
        jdbc.sql("UPDATE app_user SET password_hash = ? WHERE username = ?")
                .params(passwords.encode(PASSWORD), user).update();
        assertThat(call(user, NEW_PASSWORD, newAddress()).statusCode()).isEqualTo(401);
        assertThat(call(user, PASSWORD, newAddress()).statusCode()).isEqualTo(200);
    }

    @Test
    void rolesAreReadOnEveryRequestWhileThePasswordIsRemembered() {
        String user = newUser("roles");
        assertThat(engineCall(user).statusCode()).isEqualTo(403);
        jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, 'ANALYST')").param(user).update();
        assertThat(engineCall(user).statusCode()).isEqualTo(200);
        jdbc.sql("DELETE FROM app_user_role WHERE username = ? AND role = 'ANALYST'").param(user).update();
        assertThat(engineCall(user).statusCode()).isEqualTo(403);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    private String newUser(String prefix) {
        String username = "auth_" + prefix + "_" + Long.toString(System.nanoTime(), 36);
        return BasicAuth.newCaseWorker(jdbc, organization, passwords, username, PASSWORD);
    }

    private static String newAddress() {
        int n = ADDRESSES.incrementAndGet();
        return "203.0.113." + (1 + n % 250);
    }

    private int failedLogins(String user) {
        return jdbc.sql("SELECT failed_logins FROM app_user WHERE username = ?").param(user).query(Integer.class)
                .single();
    }

    private List<String> audit(String user) {
        return jdbc.sql("SELECT action FROM audit_event WHERE actor = ? ORDER BY id").param(user)
                .query(String.class).list();
    }

    private HttpResponse<String> call(String user, String password, String address) {
        return BasicAuth.send(HTTP, HttpRequest.newBuilder(URI.create(baseUrl() + "/api/tasks?scope=mine"))
                .header("Authorization", BasicAuth.header(user, password)).header("X-Forwarded-For", address));
    }

    private HttpResponse<String> engineCall(String user) {
        return BasicAuth.send(HTTP, HttpRequest.newBuilder(URI.create(baseUrl() + "/engine-rest/process-definition/count"))
                .header("Authorization", BasicAuth.header(user, PASSWORD)).header("X-Forwarded-For", newAddress()));
    }

}
