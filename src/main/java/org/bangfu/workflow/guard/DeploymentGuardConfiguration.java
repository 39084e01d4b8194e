package org.bangfu.workflow.guard;

import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the deployment guard's engine plugin (the Camunda Spring Boot starter applies every plugin bean). */
@Configuration(proxyBeanMethods = false)
class DeploymentGuardConfiguration {

    @Bean
    ProcessEnginePlugin deploymentGuardPlugin(DeploymentGuard guard, BeanFactory beanFactory) {
        return new DeploymentGuardPlugin(guard, beanFactory::getBean);
    }
}
