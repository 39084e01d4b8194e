package org.bangfu.operations.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.micrometer.core.instrument.config.MeterFilter;

@Configuration
@EnableConfigurationProperties(OperationsSettings.class)
class OperationsConfiguration {

    @Bean
    MeterFilter inboxLatencyHistograms(OperationsSettings settings) {
        return new LatencyHistograms(settings.latencyUris());
    }
}
