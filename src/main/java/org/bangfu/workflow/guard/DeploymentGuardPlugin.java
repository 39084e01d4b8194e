package org.bangfu.workflow.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;

/**
 * Puts the deployment guard into the engine so that every door passes through it: a custom pre-deployer
 * ({@link GuardDeployer}), the guarded expression manager ({@link GuardedExpressionManager}), no script engines,
 * and no Java serialization of variables.
 */
public class DeploymentGuardPlugin extends AbstractProcessEnginePlugin {

    private final DeploymentGuard guard;
    private final Function<String, Object> beans;
    private volatile Set<String> shippedModelHashes;

    public DeploymentGuardPlugin(DeploymentGuard guard, Function<String, Object> beans) {
        this.guard = guard;
        this.beans = beans;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreDeployers());
        preDeployers.add(0, new GuardDeployer(guard, this::shippedModelHashes));
        configuration.setCustomPreDeployers(preDeployers);
        configuration.setExpressionManager(new GuardedExpressionManager(beans));
        configuration.setScriptingEngines(new NoScriptingEngines());
        configuration.setJavaSerializationFormatEnabled(false);
    }

    private Set<String> shippedModelHashes() {
        Set<String> hashes = shippedModelHashes;
        if (hashes == null) {
            hashes = ShippedModels.hashes(DeploymentGuardPlugin.class.getClassLoader());
            shippedModelHashes = hashes;
        }
        return hashes;
    }
}
