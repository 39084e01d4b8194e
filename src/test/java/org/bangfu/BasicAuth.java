package org.bangfu;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.bangfu.organization.OrganizationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

/** HTTP basic for the tests that log in over HTTP themselves, and throw-away users to log in as. */
public final class BasicAuth {

    private BasicAuth() {
    }

    /** The {@code Authorization} header value. */
    public static String header(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** Sends the request; an I/O failure fails the test. */
    public static HttpResponse<String> send(HttpClient http, HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A new case worker of 中原区 (410102) with that password. */
    public static String newCaseWorker(JdbcClient jdbc, OrganizationService organization, PasswordEncoder passwords,
                                       String username, String password) {
        long unitId = organization.unitByCode("410102").orElseThrow().id();
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, unit_id) VALUES (?, ?, ?, ?)")
                .params(username, passwords.encode(password), username, unitId).update();
        jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, 'CASE_WORKER')").param(username).update();
        return username;
    }
}
