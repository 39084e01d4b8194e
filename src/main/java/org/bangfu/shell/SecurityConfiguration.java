package org.bangfu.shell;

import static org.springframework.security.config.Customizer.withDefaults;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.bangfu.organization.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategyConfiguration;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

/**
 * Three doors. The REST APIs take HTTP basic on every request and ignore the browser session (so no CSRF token is
 * needed and a logged-in browser cannot be abused to call them); the engine REST API only for administrators and
 * process analysts. The Camunda webapps use the browser session from the Bangfu login, again only for those two
 * roles. Everything else is Vaadin, behind the login view. Nothing is anonymous but the login page itself.
 */
@Configuration
@EnableWebSecurity
@Import(VaadinAwareSecurityContextHolderStrategyConfiguration.class)
class SecurityConfiguration {

    private static final String[] ENGINE_ROLES = {Role.ADMIN_NAME, Role.ANALYST_NAME};

    @Bean
    @Order(1)
    SecurityFilterChain restApis(HttpSecurity http) throws Exception {
        // Written directly rather than with sendError, so the answer stays problem JSON instead of an error page.
        AuthenticationEntryPoint challenge = (request, response, failure) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Bangfu\"");
            problem(response, HttpStatus.UNAUTHORIZED, "unauthenticated", "authentication required");
        };
        return http.securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/engine-rest/**")).hasAnyRole(ENGINE_ROLES)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(challenge)
                        .accessDeniedHandler((request, response, denied) ->
                                problem(response, HttpStatus.FORBIDDEN, "forbidden", "role required")))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        return http.securityMatcher(path("/camunda/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(ENGINE_ROLES))
                // The webapps protect themselves with their own CSRF prevention filter.
                .csrf(csrf -> csrf.disable())
                .httpBasic(withDefaults())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .build();
    }

    private static void problem(HttpServletResponse response, HttpStatus status, String type, String detail)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"https://bangfu.org/problems/" + type + "\",\"title\":\""
                + status.getReasonPhrase() + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    /** Servlet-path independent matching: the engine REST API and the webapps are not Spring MVC. */
    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    /** The OpenAPI document and Swagger UI: for any logged-in user, by browser session or HTTP basic. */
    @Bean
    @Order(3)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        return http.securityMatcher(new OrRequestMatcher(path("/v3/api-docs/**"), path("/v3/api-docs"),
                        path("/swagger-ui/**"), path("/swagger-ui.html")))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(withDefaults())
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login")))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain vaadin(HttpSecurity http) throws Exception {
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }
}
