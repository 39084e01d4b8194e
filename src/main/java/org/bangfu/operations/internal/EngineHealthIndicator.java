package org.bangfu.operations.internal;

import org.bangfu.workflow.EngineGauges;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health component {@code engine}: the process engine answers a query (read live, never cached). DOWN when it does
 * not. Whether this node's job executor runs is a detail: a node may be started without one on purpose.
 */
@Component
class EngineHealthIndicator extends AbstractHealthIndicator {

    private final EngineGauges engine;

    EngineHealthIndicator(EngineGauges engine) {
        super("process engine not reachable");
        this.engine = engine;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        EngineGauges.Reachability reach = engine.reach();
        builder.up().withDetail("engine", reach.engineName()).withDetail("version", reach.version())
                .withDetail("historyLevel", reach.historyLevel())
                .withDetail("jobExecutorActive", reach.jobExecutorActive());
    }
}
