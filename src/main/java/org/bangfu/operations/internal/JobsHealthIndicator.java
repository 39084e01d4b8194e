package org.bangfu.operations.internal;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code jobs}: the job executor's backlog. WARNING when more jobs are due than
 * {@code bangfu.operations.jobs.max-due} or more have failed with no retries left than
 * {@code bangfu.operations.jobs.max-failed}; DOWN when they cannot be counted.
 */
@Component
class JobsHealthIndicator extends AbstractHealthIndicator {

    private final Readings readings;
    private final OperationsSettings.Jobs limits;

    JobsHealthIndicator(Readings readings, OperationsSettings settings) {
        super("jobs could not be counted");
        this.readings = readings;
        this.limits = settings.jobs();
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        judge(readings.jobs(), limits, builder);
    }

    static void judge(Readings.Jobs jobs, OperationsSettings.Jobs limits, Health.Builder builder) {
        boolean backlog = jobs.due() > limits.maxDue();
        boolean failures = jobs.failed() > limits.maxFailed();
        builder.status(backlog || failures ? HealthStates.WARNING : Status.UP)
                .withDetail("due", jobs.due()).withDetail("maxDue", limits.maxDue())
                .withDetail("failed", jobs.failed()).withDetail("maxFailed", limits.maxFailed())
                .withDetail("openTasks", jobs.openTasks());
        if (backlog) {
            builder.withDetail("backlog", "more jobs due than max-due: the job executor does not keep up");
        }
        if (failures) {
            builder.withDetail("failures", "jobs failed with no retries left: incidents wait for a person");
        }
    }
}
