package org.bangfu.organization.internal;

import java.util.List;

import org.bangfu.organization.FirstAdministratorCreated;
import org.bangfu.organization.OrgUnit;
import org.bangfu.organization.Role;
import org.bangfu.shared.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.bangfu.shared.NodeLocks;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator from the settings {@code bangfu.admin.username},
 * {@code bangfu.admin.initial-password} and {@code bangfu.admin.unit-code} (environment: {@code BANGFU_ADMIN_*}),
 * only while no enabled administrator exists, with the password marked to be changed at the first login; audited.
 * Once an administrator exists the settings are ignored, so they may stay in place (but should be removed).
 */
@Component
@Order(2) // after the demo users, so a demo installation never gets a second administrator from stale settings
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    static final String ACTOR = "system";

    static final String COUNT_ENABLED_WITH_ROLE = """
            SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.username = u.username
            WHERE r.role = :role AND u.enabled""";
    static final String COUNT_USER = """
            SELECT COUNT(*) FROM app_user WHERE username = :username""";
    /** The first administrator chooses a password of their own at the first login. */
    static final String INSERT_USER = """
            INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled, password_must_change)
            VALUES (:username, :passwordHash, :displayName, :unitId, TRUE, TRUE)""";
    static final String INSERT_ROLE = """
            INSERT INTO app_user_role (username, role) VALUES (:username, :role)""";

    record Settings(String username, String initialPassword, String unitCode, String displayName) {
        boolean given() {
            return username != null && !username.isBlank();
        }
    }

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final JdbcOrganizationService organization;
    private final ApplicationEventPublisher events;
    private final Settings settings;
    private final NodeLocks locks;

    FirstAdministrator(JdbcClient jdbc, PasswordEncoder passwords, JdbcOrganizationService organization,
                       ApplicationEventPublisher events,
                       @Value("${bangfu.admin.username:}") String username,
                       @Value("${bangfu.admin.initial-password:}") String initialPassword,
                       @Value("${bangfu.admin.unit-code:}") String unitCode,
                       @Value("${bangfu.admin.display-name:}") String displayName, NodeLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organization = organization;
        this.events = events;
        this.settings = new Settings(username, initialPassword, unitCode, displayName);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        locks.awaitInTransaction(NodeLocks.START_UP);
        if (administratorExists()) {
            if (settings.given()) {
                log.info("An administrator exists: bangfu.admin.* ignored (remove BANGFU_ADMIN_INITIAL_PASSWORD)");
            }
            return;
        }
        if (!settings.given()) {
            log.warn("No administrator exists. Set BANGFU_ADMIN_USERNAME, BANGFU_ADMIN_INITIAL_PASSWORD (at least {} "
                    + "characters) and BANGFU_ADMIN_UNIT (a unit code; default: the root unit) and restart; "
                    + "see docs/security/production.md", JdbcAccounts.MIN_PASSWORD_LENGTH);
            return;
        }
        create(settings);
    }

    boolean administratorExists() {
        return jdbc.sql(COUNT_ENABLED_WITH_ROLE)
                .param("role", Role.ADMIN.name()).query(Integer.class).single() > 0;
    }

    /** Creates the administrator; refuses to start Bangfu on settings that cannot be right. */
    void create(Settings wanted) {
        String username = wanted.username().strip();
        List<FieldError> problems = JdbcAccounts.problems(username, null, wanted.initialPassword());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("BANGFU_ADMIN_INITIAL_PASSWORD refused (" + problems.get(0).messageKey()
                    + "): use at least " + JdbcAccounts.MIN_PASSWORD_LENGTH
                    + " characters, not the user name or the demo password, e.g. `openssl rand -base64 18`");
        }
        OrgUnit unit = wanted.unitCode() == null || wanted.unitCode().isBlank()
                ? organization.root()
                : organization.unitByCode(wanted.unitCode().strip()).orElseThrow(() -> new IllegalStateException(
                        "BANGFU_ADMIN_UNIT: no unit with code " + wanted.unitCode()));
        if (jdbc.sql(COUNT_USER).param("username", username).query(Integer.class)
                .single() > 0) {
            throw new IllegalStateException("BANGFU_ADMIN_USERNAME: a user " + username
                    + " exists but is no enabled administrator; choose another name");
        }
        String displayName = wanted.displayName() == null || wanted.displayName().isBlank() ? username
                : wanted.displayName().strip();
        jdbc.sql(INSERT_USER)
                .param("username", username).param("passwordHash", passwords.encode(wanted.initialPassword()))
                .param("displayName", displayName).param("unitId", unit.id()).update();
        jdbc.sql(INSERT_ROLE).param("username", username).param("role", Role.ADMIN.name())
                .update();
        events.publishEvent(new FirstAdministratorCreated(ACTOR, unit.id(), username, unit.code()));
        log.info("First administrator {} created for unit {}; the initial password must be changed at the first "
                + "login", username, unit.code());
    }
}
