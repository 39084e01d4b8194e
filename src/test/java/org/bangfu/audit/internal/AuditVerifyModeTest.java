package org.bangfu.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The verify command starts Bangfu only to verify: no port, no demo data, no background work. */
class AuditVerifyModeTest {

    @Test
    void withTheVerifyFlagNothingIsServedSeededOrScheduled() {
        MockEnvironment env = new MockEnvironment().withProperty("bangfu.audit.verify", "true")
                .withProperty("server.port", "8080").withProperty("bangfu.demo-data", "true");

        new AuditVerifyMode().postProcessEnvironment(env, null);

        assertThat(env.getProperty("server.port")).isEqualTo("-1");
        assertThat(env.getProperty("bangfu.demo-data")).isEqualTo("false");
        assertThat(env.getProperty("bangfu.scheduling.enabled")).isEqualTo("false");
        assertThat(env.getProperty("camunda.bpm.job-execution.enabled")).isEqualTo("false");
    }

    @Test
    void withoutTheFlagTheServerStartsAsConfigured() {
        MockEnvironment env = new MockEnvironment().withProperty("server.port", "8080");

        new AuditVerifyMode().postProcessEnvironment(env, null);

        assertThat(env.getProperty("server.port")).isEqualTo("8080");
        assertThat(env.getProperty("bangfu.demo-data")).isNull();
    }
}
