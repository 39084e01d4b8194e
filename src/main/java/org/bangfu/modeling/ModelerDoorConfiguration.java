package org.bangfu.modeling;

import org.bangfu.organization.CurrentUsers;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Puts the Camunda Modeler door in front of the engine REST API. */
@Configuration(proxyBeanMethods = false)
class ModelerDoorConfiguration {

    @Bean
    FilterRegistrationBean<ModelerDeploymentFilter> modelerDeploymentFilter(DeploymentProposals proposals,
            CurrentUsers users, ProposalProblems problems, ObjectMapper json) {
        FilterRegistrationBean<ModelerDeploymentFilter> registration =
                new FilterRegistrationBean<>(new ModelerDeploymentFilter(proposals, users, problems, json));
        // The servlet spec has no wildcard in the middle of a path: the filter matches the exact paths itself.
        registration.addUrlPatterns("/engine-rest/*");
        // After Spring Security (-100, so the user is known and must be an analyst or administrator) and the
        // expression filter (0); before the engine.
        registration.setOrder(10);
        return registration;
    }
}
