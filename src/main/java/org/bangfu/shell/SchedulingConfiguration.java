package org.bangfu.shell;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background steps (handing events whose listener failed to it again, sending SMS notices) run on a schedule unless
 * {@code bangfu.scheduling.enabled=false}; tests switch them off and run the steps themselves.
 */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "bangfu.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
