package org.bangfu.shell;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.bangfu.organization.Accounts;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While a user's password must be changed (the first administrator), every REST, engine and webapp request of theirs
 * is refused with 403 problem JSON, except the change itself. The screens send them to the change view instead
 * ({@link PasswordChangeRedirect}). Not a bean: Spring Boot would otherwise put it in front of every request.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    private static final RequestMatcher CHANGE = PathPatternRequestMatcher.withDefaults()
            .matcher(HttpMethod.POST, "/api/account/password");

    private final Accounts accounts;

    PasswordChangeGate(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        // The authority comes with the login; a browser session keeps it after the change, so the table decides.
        if (mustChange(auth, accounts) && !CHANGE.matches(request)) {
            SecurityConfiguration.problem(response, HttpStatus.FORBIDDEN, "password-must-change",
                    "password must be changed");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean mustChange(Authentication auth, Accounts accounts) {
        return auth != null && auth.isAuthenticated()
                && auth.getAuthorities().stream().anyMatch(a -> Accounts.PASSWORD_MUST_CHANGE.equals(a.getAuthority()))
                && accounts.passwordMustChange(auth.getName());
    }
}
