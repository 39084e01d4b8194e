package org.bangfu.organization.internal;

import java.util.List;
import java.util.Set;

import org.bangfu.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the demo users once (the units come from Flyway). Users that exist are left as they are, so restarts
 * and changed passwords are safe. Off in production with {@code bangfu.demo-data=false}.
 */
@Component
@ConditionalOnProperty(name = "bangfu.demo-data", havingValue = "true", matchIfMissing = true)
class DemoUsers implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);
    static final String PASSWORD = "demo1234";

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

    DemoUsers(JdbcClient jdbc, PasswordEncoder passwords, JdbcOrganizationService organization) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.organization = organization;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        int created = 0;
        for (DemoUser user : USERS) {
            boolean exists = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(user.username())
                    .query(Integer.class).single() > 0;
            if (exists) {
                continue;
            }
            long unitId = organization.unitByCode(user.unitCode()).orElseThrow().id();
            jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, unit_id, enabled) "
                            + "VALUES (?, ?, ?, ?, TRUE)")
                    .params(user.username(), passwords.encode(PASSWORD), user.displayName(), unitId).update();
            for (Role role : user.roles()) {
                jdbc.sql("INSERT INTO app_user_role (username, role) VALUES (?, ?)")
                        .params(user.username(), role.name()).update();
            }
            created++;
        }
        log.info("Demo users: {} created, {} in all; every demo password is '{}' (see README). Logins: {}",
                created, USERS.size(), PASSWORD, USERS.stream().map(DemoUser::username).toList());
    }
}
