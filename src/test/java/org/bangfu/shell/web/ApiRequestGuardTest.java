package org.bangfu.shell.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;

/** Overload is answered 503 with Retry-After as problem JSON, never 500 (docs/security/input.md). */
class ApiRequestGuardTest {

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("vaadin-i18n/input", "vaadin-i18n/translations");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static ApiRequestGuard guard(int maxConcurrent, Duration queueTimeout) {
        return new ApiRequestGuard(messages(), new ObjectMapper(), 1024 * 1024, 10 * 1024 * 1024, maxConcurrent,
                queueTimeout, 2);
    }

    private static MockHttpServletRequest request() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/tasks/1/decide-aid");
        request.setRequestURI("/api/tasks/1/decide-aid");
        request.addPreferredLocale(Locale.ENGLISH);
        return request;
    }

    @Test
    void anExhaustedConnectionPoolIsAnswered503WithRetryAfterNot500() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        FilterChain exhausted = (req, res) -> {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed "
                            + "out after 5000ms"));
        };
        guard(16, Duration.ofSeconds(1)).doFilter(request(), response, exhausted);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("2");
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("overloaded", "try again in 2 seconds");
    }

    @Test
    void requestsBeyondTheConcurrencyLimitWaitInLineThenGet503WithRetryAfter() throws Exception {
        ApiRequestGuard guard = guard(1, Duration.ofMillis(200));
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Thread first = new Thread(() -> {
            try {
                guard.doFilter(request(), new MockHttpServletResponse(), (req, res) -> {
                    inside.countDown();
                    try {
                        release.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        first.start();
        assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
        MockHttpServletResponse second = new MockHttpServletResponse();
        guard.doFilter(request(), second, (req, res) -> {
            throw new AssertionError("must not run while the only permit is taken");
        });
        release.countDown();
        first.join();
        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("2");
        assertThat(second.getContentType()).startsWith("application/problem+json");

        MockHttpServletResponse third = new MockHttpServletResponse();
        guard.doFilter(request(), third, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res)
                .setStatus(204));
        assertThat(third.getStatus()).isEqualTo(204);
    }

    @Test
    void aDeclaredBodyOverTheJsonLimitIsRefusedWith413BeforeItIsRead() throws Exception {
        MockHttpServletRequest request = request();
        request.setContentType("application/json");
        request.setContent(new byte[2 * 1024 * 1024]);
        MockHttpServletResponse response = new MockHttpServletResponse();
        guard(16, Duration.ofSeconds(1)).doFilter(request, response, (req, res) -> {
            throw new AssertionError("must not be read");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
    }

    @Test
    void theRestHandlerMapsAConnectionTimeoutTo503WithRetryAfter() {
        ProblemResponses responses = new ProblemResponses(messages(), Duration.ofSeconds(3));
        ResponseEntity<ProblemDetail> answer = responses.unavailable(new CannotCreateTransactionException("no "
                + "connection", new SQLTransientConnectionException("timeout")), Locale.ENGLISH);
        assertThat(answer.getStatusCode().value()).isEqualTo(503);
        assertThat(answer.getHeaders().getFirst("Retry-After")).isEqualTo("3");
        assertThat(answer.getBody().getType().toString()).endsWith("/overloaded");
    }
}
