package org.bangfu.audit.internal;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code bangfu.audit.verify=true} the application starts only to verify the audit chain (see
 * {@link AuditVerifyCommand}): the web context is built but no port opened (nothing is served), no demo data, no background jobs or schedules. Registered in
 * {@code META-INF/spring.factories}.
 */
public class AuditVerifyMode implements EnvironmentPostProcessor {

    static final String PROPERTY = "bangfu.audit.verify";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!"true".equalsIgnoreCase(environment.getProperty(PROPERTY))) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource("bangfu-audit-verify", Map.of(
                // The screens and security need a web application context; port -1 builds it but opens no port.
                "server.port", "-1",
                "spring.main.banner-mode", "off",
                "bangfu.demo-data", "false",
                "bangfu.scheduling.enabled", "false",
                "camunda.bpm.job-execution.enabled", "false")));
    }
}
