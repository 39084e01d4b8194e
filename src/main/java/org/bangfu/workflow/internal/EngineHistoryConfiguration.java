package org.bangfu.workflow.internal;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The lean engine's plugin (the Camunda Spring Boot starter applies every plugin bean): the indexes Bangfu's queries
 * need on the engine's tables. History level and cleanup are plain settings (application.yml, camunda.bpm.*).
 */
@Configuration(proxyBeanMethods = false)
class EngineHistoryConfiguration {

    @Bean
    ProcessEnginePlugin engineIndexes() {
        return new EngineIndexes();
    }
}
