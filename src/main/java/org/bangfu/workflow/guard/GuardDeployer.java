package org.bangfu.workflow.guard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;

/**
 * The engine's pre-deployer: runs before the BPMN and DMN deployers for every new deployment, whatever door it came
 * through (engine REST, the webapps, Bangfu's screens, the process application's start-up deployment), and
 * refuses it unless every resource passes the {@link DeploymentGuard} and the deployment is either an approved
 * proposal ({@link DeploymentPermit}) or made only of the models shipped with the release (byte-identical to the
 * classpath's {@code bpmn/}).
 */
final class GuardDeployer implements Deployer {

    private static final ThreadLocal<Boolean> UNLINTED = new ThreadLocal<>();

    private final DeploymentGuard guard;
    private final Supplier<Set<String>> shippedModelHashes;

    GuardDeployer(DeploymentGuard guard, Supplier<Set<String>> shippedModelHashes) {
        this.guard = guard;
        this.shippedModelHashes = shippedModelHashes;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            // an earlier deployment being loaded into the cache again: it was checked when it was made
            return;
        }
        if (Boolean.TRUE.equals(UNLINTED.get())) {
            return;
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        if (deployment.getResources() != null) {
            deployment.getResources().forEach((name, resource) -> resources.put(name, resource.getBytes()));
        }
        List<GuardViolation> violations = new ArrayList<>(guard.check(resources));
        if (DeploymentPermit.current() == null) {
            Set<String> shipped = shippedModelHashes.get();
            resources.forEach((name, bytes) -> {
                if (!shipped.contains(ShippedModels.sha256(bytes))) {
                    violations.add(new GuardViolation(name, name, GuardRules.NOT_PERMITTED,
                            "a changed model takes effect only as an approved deployment proposal"));
                }
            });
        }
        if (!violations.isEmpty()) {
            throw new DeploymentRefusedException(violations);
        }
    }

    /**
     * Test hook, package-private on purpose: deploys without the guard so a test can show that a model which
     * slipped past the lint still cannot reach anything at run time.
     */
    static <T> T unlintedForTest(Supplier<T> deployment) {
        UNLINTED.set(Boolean.TRUE);
        try {
            return deployment.get();
        } finally {
            UNLINTED.remove();
        }
    }
}
