package org.bangfu.organization.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Spring Security's view of {@code app_user}: BCrypt hash and one {@code ROLE_x} authority per role. */
@Service
class BangfuUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final JdbcOrganizationService organization;

    BangfuUserDetailsService(JdbcClient jdbc, JdbcOrganizationService organization) {
        this.jdbc = jdbc;
        this.organization = organization;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String passwordHash, boolean enabled) {
        }
        Row row = jdbc.sql("SELECT username, password_hash, enabled FROM app_user WHERE username = ?")
                .param(username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBoolean(3)))
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        List<SimpleGrantedAuthority> authorities = organization.rolesOf(username).stream()
                .map(role -> new SimpleGrantedAuthority("ROLE_" + role.name())).toList();
        return User.withUsername(row.username()).password(row.passwordHash()).disabled(!row.enabled())
                .authorities(authorities).build();
    }
}
