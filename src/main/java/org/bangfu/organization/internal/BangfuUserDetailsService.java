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
                   OffsetDateTime lockedUntil) {
        }
        Row row = jdbc.sql("SELECT username, password_hash, enabled, password_must_change, locked_until "
                        + "FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        List<GrantedAuthority> authorities = new ArrayList<>();
        organization.rolesOf(username).forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name())));
        if (row.mustChange()) {
            authorities.add(new SimpleGrantedAuthority(Accounts.PASSWORD_MUST_CHANGE));
        }
        boolean locked = row.lockedUntil() != null && row.lockedUntil().toInstant().isAfter(clock.instant());
        return User.withUsername(row.username()).password(row.passwordHash()).disabled(!row.enabled())
                .accountLocked(locked).authorities(authorities).build();
    }
}
