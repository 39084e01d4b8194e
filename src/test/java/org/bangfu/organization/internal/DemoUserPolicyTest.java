package org.bangfu.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

class DemoUserPolicyTest {

    @Test
    void theZeroSetupDefaultCreatesTheDemoUsers() {
        assertThat(DemoUserPolicy.of(new MockEnvironment()).createDemoUsers()).isTrue();
        assertThat(DemoUserPolicy.of(new MockEnvironment()).disableLeftoverDemoUsers()).isFalse();
    }

    @Test
    void thePostgresProfileCreatesNoDemoUsersEvenWhenDemoDataIsAskedForAndDisablesLeftovers() {
        MockEnvironment production = new MockEnvironment().withProperty("bangfu.demo-data", "true");
        production.setActiveProfiles("postgres");
        DemoUserPolicy policy = DemoUserPolicy.of(production);
        assertThat(policy.createDemoUsers()).isFalse();
        assertThat(policy.disableLeftoverDemoUsers()).isTrue();
    }

    @Test
    void demoDataSwitchedOffCreatesNoDemoUsersOnTheDefaultEither() {
        assertThat(DemoUserPolicy.of(new MockEnvironment().withProperty("bangfu.demo-data", "false"))
                .createDemoUsers()).isFalse();
    }
}
