package org.bangfu.shell.web;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Puts {@link ApiRequestGuard} in front of {@code /api/*} and {@code /engine-rest/*}, before security (so that a
 * request refused for its size, or waiting in line, has not yet used a database connection to log in).
 * Settings: {@code bangfu.http.*} and {@code spring.servlet.multipart.max-request-size} (docs/security/input.md).
 */
@Configuration
class RequestLimitsConfiguration {

    @Bean
    FilterRegistrationBean<ApiRequestGuard> apiRequestGuard(MessageSource messages, ObjectMapper json,
            @Value("${bangfu.http.max-json-body:1MB}") DataSize maxJsonBody,
            @Value("${spring.servlet.multipart.max-request-size:25MB}") DataSize maxOtherBody,
            @Value("${bangfu.http.max-concurrent-requests:16}") int maxConcurrent,
            @Value("${bangfu.http.queue-timeout:30s}") Duration queueTimeout,
            @Value("${bangfu.http.retry-after:2s}") Duration retryAfter) {
        FilterRegistrationBean<ApiRequestGuard> registration = new FilterRegistrationBean<>(new ApiRequestGuard(
                messages, json, maxJsonBody.toBytes(), maxOtherBody.toBytes(), maxConcurrent, queueTimeout,
                (int) Math.max(1, retryAfter.toSeconds())));
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setName("apiRequestGuard");
        return registration;
    }
}
