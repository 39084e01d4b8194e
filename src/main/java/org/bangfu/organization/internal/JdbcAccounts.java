package org.bangfu.organization.internal;

import java.util.ArrayList;
import java.util.List;

import org.bangfu.organization.Accounts;
import org.bangfu.organization.PasswordChanged;
import org.bangfu.shared.FieldError;
import org.bangfu.shared.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class JdbcAccounts implements Accounts {

    static final String FIND_MUST_CHANGE = """
            SELECT password_must_change FROM app_user WHERE username = :username""";
    static final String FIND_ENABLED_ACCOUNT = """
            SELECT password_hash, unit_id FROM app_user WHERE username = :username AND enabled""";
    static final String CHANGE_PASSWORD = """
            UPDATE app_user SET password_hash = :passwordHash, password_must_change = FALSE WHERE username = :username""";

    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final ApplicationEventPublisher events;

    JdbcAccounts(JdbcClient jdbc, PasswordEncoder passwords, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean passwordMustChange(String username) {
        return jdbc.sql(FIND_MUST_CHANGE).param("username", username)
                .query(Boolean.class).optional().orElse(false);
    }

    @Override
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        record Row(String hash, long unitId) {
        }
        Row row = jdbc.sql(FIND_ENABLED_ACCOUNT)
                .param("username", username).query((rs, n) -> new Row(rs.getString(1), rs.getLong(2))).optional()
                .orElseThrow(() -> new InvalidInputException(FieldError.of("currentPassword",
                        "account.password.wrongCurrent")));
        if (currentPassword == null || !passwords.matches(currentPassword, row.hash())) {
            throw new InvalidInputException(FieldError.of("currentPassword", "account.password.wrongCurrent"));
        }
        InvalidInputException.throwIfAny(problems(username, currentPassword, newPassword));
        jdbc.sql(CHANGE_PASSWORD)
                .param("passwordHash", passwords.encode(newPassword)).param("username", username).update();
        events.publishEvent(new PasswordChanged(username, row.unitId()));
    }

    /** The password rules, also applied to the first administrator's initial password. */
    static List<FieldError> problems(String username, String currentPassword, String newPassword) {
        List<FieldError> errors = new ArrayList<>();
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH) {
            errors.add(FieldError.of("newPassword", "account.password.tooShort", MIN_PASSWORD_LENGTH));
        } else if (newPassword.equals(currentPassword)) {
            errors.add(FieldError.of("newPassword", "account.password.unchanged"));
        } else if (newPassword.equalsIgnoreCase(username) || newPassword.contains(DemoUsers.PASSWORD)) {
            errors.add(FieldError.of("newPassword", "account.password.guessable"));
        }
        return errors;
    }
}
