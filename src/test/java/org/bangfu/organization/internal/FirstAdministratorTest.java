package org.bangfu.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.bangfu.BasicAuth;
import org.bangfu.IntegrationTest;
import org.bangfu.shared.NodeLocks;
import org.bangfu.organization.FirstAdministratorCreated;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The first administrator of a production installation, from the settings, and the forced password change. */
class FirstAdministratorTest extends IntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String INITIAL = "initial-Passw0rd-from-env";

    @Autowired JdbcClient jdbc;
    @Autowired PasswordEncoder passwords;
    @Autowired JdbcOrganizationService units;
    @Autowired ApplicationEventPublisher events;
    @Autowired PlatformTransactionManager transactions;
    @Autowired FirstAdministrator bootstrap;
    @Autowired NodeLocks locks;

    private FirstAdministrator configured(String username, String password) {
        return new FirstAdministrator(jdbc, passwords, units, events, username, password, "410000", "", locks);
    }

    @Test
    void theFirstAdministratorIsCreatedFromTheSettingsOnlyWhileNoAdministratorExists() {
        String name = "root_" + Long.toString(System.nanoTime(), 36);
        configured(name, INITIAL).run(null); // the demo admin exists: nothing happens
        assertThat(count("SELECT COUNT(*) FROM app_user WHERE username = ?", name)).isZero();

        // The audit row is chained only when the transaction commits (this one rolls back): watch the event instead.
        List<Object> published = new ArrayList<>();
        ApplicationEventPublisher recording = event -> {
            published.add(event);
            events.publishEvent(event);
        };
        new TransactionTemplate(transactions).executeWithoutResult(tx -> {
            jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username IN "
                    + "(SELECT username FROM app_user_role WHERE role = 'ADMIN')").update();
            new FirstAdministrator(jdbc, passwords, units, recording, name, INITIAL, "410000", "", locks).run(null);
            assertThat(count("SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.username = u.username "
                    + "WHERE u.username = ? AND r.role = 'ADMIN' AND u.password_must_change AND u.enabled", name))
                    .isEqualTo(1);
            assertThat(published).filteredOn(e -> e instanceof FirstAdministratorCreated c
                    && c.auditEntry().action().equals("ADMIN_BOOTSTRAPPED")
                    && c.auditEntry().detail().startsWith(name + " ")).hasSize(1);
            tx.setRollbackOnly();
        });
    }

    @Test
    void aWeakInitialPasswordOrAnUnknownUnitStopsTheStartWithAClearMessage() {
        assertThatThrownBy(() -> bootstrap.create(new FirstAdministrator.Settings("root_weak", "demo1234", "", "")))
                .hasMessageContaining("BANGFU_ADMIN_INITIAL_PASSWORD");
        assertThatThrownBy(() -> bootstrap.create(new FirstAdministrator.Settings("root_nowhere", INITIAL, "999",
                ""))).hasMessageContaining("BANGFU_ADMIN_UNIT");
    }

    @Test
    void theNewAdministratorGetsOnlyForbiddenUntilThePasswordIsChangedAndThenEverything() {
        String name = "root_" + Long.toString(System.nanoTime(), 36);
        bootstrap.create(new FirstAdministrator.Settings(name, INITIAL, "", "Root"));

        HttpResponse<String> refused = get(name, INITIAL, "/api/tasks");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(refused.body()).contains("password must be changed");
        assertThat(get(name, INITIAL, "/engine-rest/process-definition").statusCode()).isEqualTo(403);
        assertThat(get(name, INITIAL, "/camunda/app/cockpit/default/").statusCode()).isEqualTo(403);

        assertThat(changePassword(name, INITIAL, INITIAL, "short").statusCode()).isEqualTo(400);
        assertThat(changePassword(name, INITIAL, "wrong-current-password", "a-new-long-secret")
                .statusCode()).isEqualTo(400);
        assertThat(changePassword(name, INITIAL, INITIAL, "a-new-long-secret").statusCode()).isEqualTo(204);

        assertThat(get(name, "a-new-long-secret", "/api/tasks").statusCode()).isEqualTo(200);
        assertThat(get(name, "a-new-long-secret", "/engine-rest/process-definition").statusCode()).isEqualTo(200);
        assertThat(get(name, INITIAL, "/api/tasks").statusCode()).isEqualTo(401);
        assertThat(count("SELECT COUNT(*) FROM audit_event WHERE action = 'PASSWORD_CHANGED' AND actor = ?", name))
                .isEqualTo(1);
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = ?").param(name).update();
    }

    private int count(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
    }

    private HttpResponse<String> get(String user, String password, String path) {
        return BasicAuth.send(HTTP, HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Authorization", BasicAuth.header(user, password))
                .GET());
    }

    private HttpResponse<String> changePassword(String user, String loginPassword, String current, String next) {
        return BasicAuth.send(HTTP, HttpRequest.newBuilder(URI.create(baseUrl() + "/api/account/password"))
                .header("Authorization", BasicAuth.header(user, loginPassword)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"currentPassword\":\"" + current
                        + "\",\"newPassword\":\"" + next + "\"}")));
    }

}
