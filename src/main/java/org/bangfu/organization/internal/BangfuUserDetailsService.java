package org.bangfu.organization.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.bangfu.organization.Accounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Spring Security's view of {@code app_user}: BCrypt hash, one {@code ROLE_x} authority per role, locked while a
 * lockout after failed logins runs (refused before the password is even checked), and the
 * {@link Accounts#PASSWORD_MUST_CHANGE} authority while the password must be changed.
 */
@Service
class BangfuUserDetailsService implements UserDetailsService {

    static final String FIND_LOGIN = """
            SELECT username, password_hash, enabled, password_must_change, locked_until, failed_logins
            FROM app_user WHERE username = :username""";

    private final JdbcClient jdbc;
    private final JdbcOrganizationService organization;
    private final Clock clock;

    BangfuUserDetailsService(JdbcClient jdbc, JdbcOrganizationService organization, Clock clock) {
        this.jdbc = jdbc;
        this.organization = organization;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, boolean enabled, boolean mustChange,
                   OffsetDateTime lockedUntil, int failedLogins) {
        }
        Row row = jdbc.sql(FIND_LOGIN)
                .param("username", username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getInt(6)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        List<GrantedAuthority> authorities = new ArrayList<>();
        organization.rolesOf(username).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        if (row.mustChange()) {
            authorities.add(new SimpleGrantedAuthority(Accounts.PASSWORD_MUST_CHANGE));
        }
        boolean locked = row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(clock.instant());
        return new BangfuUser(row.username(), row.passwordHash(), row.enabled(), !locked, authorities,
                row.failedLogins());
    }

    /** Also carries the run of failed logins, so a successful login resets it only when there is one. */
    static final class BangfuUser extends User {

        private final int failedLogins;

        BangfuUser(String username, String password, boolean enabled, boolean accountNonLocked,
                   List<GrantedAuthority> authorities, int failedLogins) {
            super(username, password, enabled, true, true, accountNonLocked, authorities);
            this.failedLogins = failedLogins;
        }

        int failedLogins() {
            return failedLogins;
        }

        // User's equals and hashCode (by user name) are right here too: the count is not identity.
        @Override
        public boolean equals(Object other) {
            return super.equals(other);
        }

        @Override
        public int hashCode() {
            return super.hashCode();
        }
    }
}
