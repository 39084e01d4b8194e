package org.bangfu.organization.internal;

import java.util.List;
import java.util.Set;

import org.bangfu.organization.DemoUserDisabled;
import org.bangfu.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.bangfu.shared.NodeLocks;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo users once (the units come from Flyway). Users that exist are left as they are, so restarts
 * and changed passwords are safe. Only where {@link DemoUserPolicy} allows it: never with the {@code postgres}
 * profile, where demo users still carrying the demo password are disabled instead (audited).
 */
@Component
@Order(1)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final String PASSWORD = "demo1234";

    static final String FIND_ENABLED_PASSWORD_HASH = """
            SELECT password_hash FROM app_user WHERE username = :username AND enabled""";
    static final String DISABLE_USER = """
            UPDATE app_user SET enabled = FALSE WHERE username = :username""";
    static final String COUNT_USER = """
            SELECT COUNT(*) FROM app_user WHERE username = :username""";
    static final String INSERT_USER = """
            INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled)
            VALUES (:username, :passwordHash, :displayName, :unitId, TRUE)""";
    static final String INSERT_ROLE = """
            INSERT INTO app_user_role (username, role) VALUES (:username, :role)""";

    record DemoUser(String username, String displayName, String unitCode, Set<Role> roles) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("cw_canyin", "王丽", "410102001", Set.of(Role.CASE_WORKER)),
            new DemoUser("cw_zhongyuan", "张伟", "410102", Set.of(Role.CASE_WORKER)),
            new DemoUser("approver_zhongyuan", "李娜", "410102", Set.of(Role.APPROVER)),
            new DemoUser("finance_zhongyuan", "赵敏", "410102", Set.of(Role.FINANCE)),
            new DemoUser("finance2_zhongyuan", "孔丽", "410102", Set.of(Role.FINANCE)),
            new DemoUser("finance_huiji", "贺军", "410108", Set.of(Role.FINANCE)),
            new DemoUser("finance_zhengzhou", "冯雪", "410100", Set.of(Role.FINANCE)),
            new DemoUser("finance_henan", "褚红", "410000", Set.of(Role.FINANCE)),
            new DemoUser("cw_huiji", "刘洋", "410108", Set.of(Role.CASE_WORKER)),
            new DemoUser("approver_huiji", "陈静", "410108", Set.of(Role.APPROVER)),
            new DemoUser("lead_huiji", "杨帆", "410108", Set.of(Role.CASE_WORKER, Role.APPROVER)),
            new DemoUser("cw_zhengzhou", "韩梅", "410100", Set.of(Role.CASE_WORKER)),
            new DemoUser("approver_zhengzhou", "吴刚", "410100", Set.of(Role.APPROVER)),
            new DemoUser("approver_henan", "郑华", "410000", Set.of(Role.APPROVER)),
            new DemoUser("approver_national", "钱进", "100000", Set.of(Role.APPROVER)),
            new DemoUser("auditor_zhengzhou", "孙强", "410100", Set.of(Role.AUDITOR)),
            new DemoUser("analyst", "周婷", "410000", Set.of(Role.ANALYST)),
            new DemoUser("admin", "系统管理员", "410000", Set.of(Role.ADMIN)));

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final JdbcOrganizationService organization;
    private final ApplicationEventPublisher events;
    private final DemoUserPolicy policy;
    private final NodeLocks locks;

    DemoUsers(JdbcClient jdbc, PasswordEncoder passwords, JdbcOrganizationService organization,
              ApplicationEventPublisher events, Environment environment, NodeLocks locks) {
        this.locks = locks;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organization = organization;
        this.events = events;
        this.policy = DemoUserPolicy.of(environment);
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // a second node starting at the same time waits here, then finds the users there
        locks.awaitInTransaction(NodeLocks.START_UP);
        if (policy.disableLeftoverDemoUsers()) {
            disableLeftovers();
            if (policy.demoDataWanted()) {
                log.info("No demo users with the postgres profile; create the first administrator with "
                        + "BANGFU_ADMIN_USERNAME / BANGFU_ADMIN_INITIAL_PASSWORD (docs/security/production.md)");
            }
        }
        if (policy.createDemoUsers()) {
            create();
        }
    }

    /** Production: a demo login that still opens with the published password is switched off. */
    void disableLeftovers() {
        for (DemoUser user : USERS) {
            String hash = jdbc.sql(FIND_ENABLED_PASSWORD_HASH)
                    .param("username", user.username()).query(String.class).optional().orElse(null);
            if (hash != null && passwords.matches(PASSWORD, hash)) {
                jdbc.sql(DISABLE_USER).param("username", user.username()).update();
                events.publishEvent(new DemoUserDisabled(
                        organization.unitByCode(user.unitCode()).map(u -> u.id()).orElse(null), user.username()));
                log.warn("Demo user {} still had the demo password and was disabled (postgres profile)",
                        user.username());
            }
        }
    }

    private void create() {
        int created = 0;
        for (DemoUser user : USERS) {
            boolean exists = jdbc.sql(COUNT_USER).param("username", user.username())
                    .query(Integer.class).single() > 0;
            if (exists) {
                continue;
            }
            long unitId = organization.unitByCode(user.unitCode()).orElseThrow().id();
            jdbc.sql(INSERT_USER)
                    .param("username", user.username()).param("passwordHash", passwords.encode(PASSWORD))
                    .param("displayName", user.displayName()).param("unitId", unitId).update();
            for (Role role : user.roles()) {
                jdbc.sql(INSERT_ROLE)
                        .param("username", user.username()).param("role", role.name()).update();
            }
            created++;
        }
        log.info("Demo users: {} created, {} in all; every demo password is '{}' (see README). Logins: {}",
                created, USERS.size(), PASSWORD, USERS.stream().map(DemoUser::username).toList());
    }
}
