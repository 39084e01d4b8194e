package org.bangfu.shell;

import static org.springframework.security.config.Customizer.withDefaults;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletResponse;

import org.bangfu.organization.Accounts;
import org.bangfu.organization.Role;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Four doors. The REST APIs take HTTP basic on every request and ignore the browser session (so no CSRF token is
 * needed and a logged-in browser cannot be abused to call them); the engine REST API only for administrators and
 * process analysts. The Camunda webapps use the browser session from the Bangfu login, again only for those two
 * roles. The actuator endpoints (docs/operations.md) take HTTP basic and only administrators, except the health
 * summary and the liveness and readiness probes, which a load balancer reads without credentials and which show a
 * status only. Everything else is Vaadin, behind the login view. Nothing else is anonymous but the login page.
 * <p>
 * Every login, by form or HTTP basic, passes the same authentication provider (lockout and address throttling, see
 * {@code organization.internal.GuardedAuthenticationProvider}). The login form POST needs Spring's CSRF token (Vaadin
 * would exempt it; its own requests carry Vaadin's token instead), the session id changes at login, a user whose
 * password must be changed gets nothing but the change, and every answer carries the security headers.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    private static final String[] ENGINE_ROLES = {Role.ADMIN_NAME, Role.ANALYST_NAME};

    /**
     * Vaadin Flow needs inline and eval'd scripts and inline styles (its bootstrap page and the JavaScript the server
     * sends); everything else comes from Bangfu itself. Also used for Swagger UI.
     */
    static final String SCREEN_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'self'";
    /** JSON answers load nothing. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'self'";

    /** Open to load balancers and probes: the status alone (components and details only for administrators). */
    static final String[] OPEN_HEALTH = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"};

    private final Accounts accounts;

    SecurityConfiguration(Accounts accounts) {
        this.accounts = accounts;
    }

    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint challenge = basicChallenge();
        http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/engine-rest/**")).hasAnyRole(ENGINE_ROLES)
                        .anyRequest().authenticated());
        return statelessBasic(http, challenge);
    }

    /**
     * What the REST and actuator chains share: stateless HTTP basic (no session), the password-change gate, the
     * API headers, problem JSON for refusals; no CSRF, as no cookie authenticates these requests.
     */
    private SecurityFilterChain statelessBasic(HttpSecurity http, AuthenticationEntryPoint challenge) throws Exception {
        return http.httpBasic(basic -> basic.authenticationEntryPoint(challenge))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .headers(headers(API_POLICY))
                .addFilterAfter(new PasswordChangeGate(accounts), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(challenge)
                        .accessDeniedHandler((request, response, denied) ->
                                problem(response, HttpStatus.FORBIDDEN, "forbidden", "role required")))
                .build();
    }

    /**
     * The actuator (on the application's port, or on {@code management.server.port} if one is set: the same rules
     * apply there). Stateless HTTP basic as for the REST APIs, so a Prometheus scrape needs an administrator's
     * credentials; refusals are problem JSON.
     */
    @Bean
    @Order(0)
    SecurityFilterChain actuator(HttpSecurity http) throws Exception {
        AuthenticationEntryPoint challenge = basicChallenge();
        http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(new OrRequestMatcher(Arrays.stream(OPEN_HEALTH)
                                .map(SecurityConfiguration::path).toList())).permitAll()
                        .anyRequest().hasRole(Role.ADMIN_NAME));
        return statelessBasic(http, challenge);
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(ENGINE_ROLES))
                // The webapps protect themselves with their own CSRF prevention filter, and send their own
                // Content-Security-Policy (with a nonce per page): a second policy here would block their scripts.
                .csrf(csrf -> csrf.disable())
                .headers(headers(null))
                .httpBasic(withDefaults())
                .addFilterAfter(new PasswordChangeGate(accounts), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .build();
    }

    /** Written directly rather than with sendError, so the answer stays problem JSON instead of an error page. */
    private static AuthenticationEntryPoint basicChallenge() {
        return (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Bangfu\"");
            problem(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "authentication required");
        };
    }

    static void problem(HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"https://bangfu.org/problems/" + type + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    /** Servlet-path independent matching: the engine REST API and the webapps are not Spring MVC. */
    static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /**
     * Same-origin framing only, no MIME sniffing (Spring's default), no referrer to other sites, HSTS on answers
     * over HTTPS (Spring sends it only on secure requests: direct TLS, or X-Forwarded-Proto from a trusted proxy),
     * and the given Content-Security-Policy unless null.
     */
    private static Customizer<HeadersConfigurer<HttpSecurity>> headers(String policy) {
        return headers -> {
            headers.frameOptions(frame -> frame.sameOrigin())
                    .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                    .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
            if (policy != null) {
                headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy));
            }
        };
    }

    /** The OpenAPI document and Swagger UI: for any logged-in user, by browser session or HTTP basic. */
    @Bean
    @Order(3)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/v3/api-docs/**"), path("/v3/api-docs"),
                        path("/swagger-ui/**"), path("/swagger-ui.html")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(withDefaults())
                .headers(headers(SCREEN_POLICY))
                .addFilterAfter(new PasswordChangeGate(accounts), BasicAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain vaadin(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        // Vaadin's own configuration exempts the login form POST from CSRF; here only Vaadin's internal requests
        // (which carry Vaadin's own CSRF token) are exempt, so the login form must send Spring's token, which
        // LoginCsrfToken puts into the page for the login form to pick up.
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false));
        return http.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
                // Spring's default, stated because it matters: a new session id at login (no session fixation).
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers(SCREEN_POLICY))
                .build();
    }
}
