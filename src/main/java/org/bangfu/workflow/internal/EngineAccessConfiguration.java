package org.bangfu.workflow.internal;

import java.util.Map;

import org.bangfu.organization.OrganizationService;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Filters in front of the engine REST API and the Camunda webapps (who may enter is decided by Spring Security). */
@Configuration(proxyBeanMethods = false)
class EngineAccessConfiguration {

    /** The engine's doors: the engine REST API and the webapps' API (engine, cockpit, admin, tasklist, welcome). */
    static final String[] ENGINE_DOORS = {"/engine-rest/*", "/camunda/api/*"};

    /** First: no request that changes the engine's state gets past the doors (see {@link EngineDoorRules}). */
    @Bean
    FilterRegistrationBean<EngineDoorFilter> engineDoorFilter(ApplicationEventPublisher events,
            OrganizationService organization, MessageSource messages, PlatformTransactionManager transactions) {
        FilterRegistrationBean<EngineDoorFilter> registration = new FilterRegistrationBean<>(
                new EngineDoorFilter(events, organization, messages, new TransactionTemplate(transactions)));
        registration.addUrlPatterns(ENGINE_DOORS);
        registration.setOrder(-10); // after Spring Security (-100), before everything of the engine's
        return registration;
    }

    @Bean
    FilterRegistrationBean<ExpressionGuardFilter> expressionGuardFilter() {
        FilterRegistrationBean<ExpressionGuardFilter> registration =
                new FilterRegistrationBean<>(new ExpressionGuardFilter());
        registration.addUrlPatterns(ENGINE_DOORS);
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
