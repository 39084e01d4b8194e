package org.bangfu.casework.internal;

import java.util.Map;

import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Filters in front of the engine REST API and the Camunda webapps (who may enter is decided by Spring Security). */
@Configuration(proxyBeanMethods = false)
class EngineAccessConfiguration {

    @Bean
    FilterRegistrationBean<ExpressionGuardFilter> expressionGuardFilter() {
        FilterRegistrationBean<ExpressionGuardFilter> registration =
                new FilterRegistrationBean<>(new ExpressionGuardFilter());
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*");
        registration.setOrder(0); // after Spring Security (-100), before the engine
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappSingleSignOn() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of("authentication-provider", WebappAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(101);
        return registration;
    }
}
