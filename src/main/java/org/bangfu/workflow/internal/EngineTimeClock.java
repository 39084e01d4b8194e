package org.bangfu.workflow.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.bangfu.shared.LocalZone;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Business time is the engine's time, so that due dates, notice periods and timers all agree; tests move both at
 * once with {@code ClockUtil.setCurrentTime}. Calendar days are those of {@code bangfu.time-zone} (China time).
 */
@Configuration
class EngineTimeClock {

    @Bean
    Clock clock(@Value("${bangfu.time-zone:Asia/Shanghai}") String zoneId) {
        ZoneId zone = ZoneId.of(zoneId);
        LocalZone.use(zone);
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return Clock.fixed(instant(), zone);
            }

            @Override
            public Instant instant() {
                return ClockUtil.getCurrentTime().toInstant();
            }
        };
    }
}
