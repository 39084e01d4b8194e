package org.bangfu.workflow.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.bangfu.IntegrationTest;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guard inside the real engine: every deployment through the engine API passes through it, and a model that
 * is pushed past the lint (test hook) still cannot reach beans, the engine's services or java.lang at run time.
 */
class DeploymentGuardEngineTest extends IntegrationTest {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired JdbcClient jdbc;
    @Autowired DeploymentGuard guard;
    @Autowired org.camunda.bpm.engine.ProcessEngine engine;

    private static final String RUNTIME_EXEC =
            "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch %s')}";

    private String deployApproved(String name, String xml) {
        return DeploymentPermit.deployApproved(42L, () -> repository.createDeployment().name("test")
                .addString(name, xml).deploy().getId());
    }

    @Test
    void theRuntimeExecModelIsRefusedAtDeployWithItsElementIdAndRuleEvenWhenApproved() {
        String model = Models.runnable("Pwn_RuntimeExec",
                "camunda:expression=\"" + Models.attr(RUNTIME_EXEC.formatted("/tmp/bangfu-pwned")) + "\"");
        assertThatThrownBy(() -> deployApproved("Pwn.bpmn", model))
                .isInstanceOfSatisfying(DeploymentRefusedException.class, e -> assertThat(e.violations())
                        .anySatisfy(v -> {
                            assertThat(v.resource()).isEqualTo("Pwn.bpmn");
                            assertThat(v.elementId()).isEqualTo("Task_Attack");
                            assertThat(v.rule()).isEqualTo(GuardRules.EXPRESSION_NOT_ALLOWED);
                        }))
                .hasMessageContaining("Task_Attack").hasMessageContaining("expression-not-allowed");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Pwn_RuntimeExec").count())
                .isZero();
    }

    @Test
    void aJdbcTemplateOrFieldCipherModelIsRefusedAtDeploy() {
        for (String expression : new String[] {"${jdbcTemplate.queryForList('select * from hardship_case')}",
                "${fieldCipher.decrypt(bankCard)}", "${jdbcTemplate}"}) {
            String model = Models.runnable("Pwn_Bean", "camunda:expression=\"" + Models.attr(expression) + "\"");
            assertThatThrownBy(() -> deployApproved("Pwn.bpmn", model))
                    .isInstanceOfSatisfying(DeploymentRefusedException.class, e -> assertThat(e.violations())
                            .anySatisfy(v -> {
                                assertThat(v.elementId()).isEqualTo("Task_Attack");
                                assertThat(v.rule()).isEqualTo(GuardRules.EXPRESSION_NOT_ALLOWED);
                            }));
        }
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Pwn_Bean").count()).isZero();
    }

    @Test
    void aCleanModelDeployedThroughTheRepositoryServiceWithoutAnApprovedProposalIsRefused() {
        String model = Models.runnable("Clean_Unapproved", "camunda:delegateExpression=\"${openFileDelegate}\"");
        assertThatThrownBy(() -> repository.createDeployment().name("bangfu").source("process application")
                .addString("Clean.bpmn", model).deploy())
                .isInstanceOfSatisfying(DeploymentRefusedException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.resource()).isEqualTo("Clean.bpmn");
                            assertThat(v.rule()).isEqualTo(GuardRules.NOT_PERMITTED);
                        }));
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Clean_Unapproved").count())
                .isZero();
    }

    @Test
    void theSameCleanModelIsDeployedAsAnApprovedProposal() {
        String model = Models.runnable("Clean_Approved", "camunda:delegateExpression=\"${openFileDelegate}\"");
        String id = deployApproved("Clean.bpmn", model);
        try {
            assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("Clean_Approved").count())
                    .isOne();
        } finally {
            repository.deleteDeployment(id, true);
        }
    }

    @Test
    void aShippedModelByteForByteIsDeployedWithoutAPermitButAChangedCopyIsNot() throws IOException {
        byte[] shipped = Files.readAllBytes(Path.of("bpmn/ApprovalTierDecision.dmn"));
        Deployment deployment = repository.createDeployment().name("anything")
                .addInputStream("renamed.dmn", new java.io.ByteArrayInputStream(shipped)).deploy();
        repository.deleteDeployment(deployment.getId(), true);
        String changed = new String(shipped, java.nio.charset.StandardCharsets.UTF_8).replace("50000", "5");
        assertThatThrownBy(() -> repository.createDeployment().name("bangfu")
                .addString("bpmn/ApprovalTierDecision.dmn", changed).deploy())
                .isInstanceOf(DeploymentRefusedException.class).hasMessageContaining(GuardRules.NOT_PERMITTED);
    }

    @Test
    void everyShippedModelPassesTheGuardThatKnowsTheSpringContext() throws IOException {
        try (var models = Files.list(Path.of("bpmn"))) {
            for (Path model : models.toList()) {
                assertThat(guard.check(java.util.Map.of(model.getFileName().toString(), Files.readAllBytes(model))))
                        .as(model.toString()).isEmpty();
            }
        }
    }

    @Test
    void theEngineRunsWithTheGuardedExpressionManagerNoScriptsAndNoJavaSerialization() {
        var configuration = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl)
                engine.getProcessEngineConfiguration();
        assertThat(configuration.getExpressionManager()).isInstanceOf(GuardedExpressionManager.class);
        assertThat(configuration.getScriptingEngines()).isInstanceOf(NoScriptingEngines.class);
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.getCustomPreDeployers()).hasAtLeastOneElementOfType(GuardDeployer.class);
    }

    // ---- cannot run even when pushed past the lint ----

    private void runsUnlinted(String processId, String serviceTaskAttributes, Supplier<Boolean> harmDone) {
        String model = Models.runnable(processId, serviceTaskAttributes);
        Deployment deployment = GuardDeployer.unlintedForTest(() -> repository.createDeployment()
                .name("unlinted").addString(processId + ".bpmn", model).deploy());
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey(processId,
                    Variables.putValue("bankCard", "x").putValue("x", "y")))
                    .as(serviceTaskAttributes).isInstanceOf(ProcessEngineException.class);
            assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(processId).count()).isZero();
            assertThat(harmDone.get()).as("harm done by " + serviceTaskAttributes).isFalse();
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    private static String expression(String expression) {
        return "camunda:expression=\"" + Models.attr(expression) + "\"";
    }

    @Test
    void anUnlintedRuntimeExecModelFailsAndRunsNoCommand() {
        Path marker = Path.of(System.getProperty("java.io.tmpdir"), "bangfu-pwned-" + System.nanoTime());
        runsUnlinted("Unlinted_RuntimeExec", expression(RUNTIME_EXEC.formatted(marker)),
                () -> Files.exists(marker));
        runsUnlinted("Unlinted_GetClass", expression("${x.getClass().getName()}"), () -> false);
        runsUnlinted("Unlinted_Class", expression("${x.class}"), () -> false);
    }

    @Test
    void anUnlintedJdbcTemplateModelFailsAndTouchesNoTable() {
        Supplier<Boolean> tableCreated = () -> jdbc.sql(
                "select count(*) from information_schema.tables where lower(table_name) = 'pwned_by_model'")
                .query(Long.class).single() > 0;
        runsUnlinted("Unlinted_Jdbc", expression("${jdbcTemplate.execute('create table pwned_by_model (x int)')}"),
                tableCreated);
        runsUnlinted("Unlinted_JdbcDelegate", "camunda:delegateExpression=\"${jdbcTemplate}\"", tableCreated);
    }

    @Test
    void anUnlintedFieldCipherModelFails() {
        runsUnlinted("Unlinted_Cipher", expression("${fieldCipher.decrypt(bankCard)}"), () -> false);
        runsUnlinted("Unlinted_CipherValue", expression("${fieldCipher}"), () -> false);
    }

    @Test
    void anUnlintedModelCannotReachTheEngineServicesOrCallMethodsOnTheExecution() {
        runsUnlinted("Unlinted_Services", expression(
                "${execution.getProcessEngineServices().getRepositoryService().createDeploymentQuery().count()}"),
                () -> false);
        runsUnlinted("Unlinted_ServicesProperty", expression("${execution.processEngineServices}"), () -> false);
        runsUnlinted("Unlinted_SetVariable", expression("${execution.setVariable('approved', true)}"),
                () -> false);
        runsUnlinted("Unlinted_ProcessEngine", expression("${processEngine}"), () -> false);
        runsUnlinted("Unlinted_AllowedBeanOtherMethod", expression("${sla.getClass()}"), () -> false);
    }

    @Test
    void anUnlintedModelCallingAFunctionCannotEvenBeParsedByTheEngine() {
        for (String function : new String[] {"${currentUser()}", "${now()}", "${currentUserGroups()}"}) {
            String model = Models.runnable("Unlinted_Function", expression(function));
            assertThatThrownBy(() -> GuardDeployer.unlintedForTest(() -> repository.createDeployment()
                    .name("unlinted").addString("Unlinted_Function.bpmn", model).deploy()))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Could not resolve function");
        }
    }

    @Test
    void anUnlintedScriptTaskFailsBecauseTheEngineHasNoScriptEngines() {
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="http://bangfu.org/t">
                  <bpmn:process id="Unlinted_Script" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start"><bpmn:outgoing>F1</bpmn:outgoing></bpmn:startEvent>
                    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Task_Script"/>
                    <bpmn:scriptTask id="Task_Script" scriptFormat="javascript"><bpmn:incoming>F1</bpmn:incoming>
                      <bpmn:outgoing>F2</bpmn:outgoing><bpmn:script>java.lang.System.exit(3)</bpmn:script>
                    </bpmn:scriptTask>
                    <bpmn:sequenceFlow id="F2" sourceRef="Task_Script" targetRef="End"/>
                    <bpmn:endEvent id="End"><bpmn:incoming>F2</bpmn:incoming></bpmn:endEvent>
                  </bpmn:process>
                </bpmn:definitions>
                """;
        Deployment deployment = GuardDeployer.unlintedForTest(() -> repository.createDeployment()
                .name("unlinted").addString("Unlinted_Script.bpmn", model).deploy());
        try {
            assertThatThrownBy(() -> runtime.startProcessInstanceByKey("Unlinted_Script"))
                    .isInstanceOf(ProcessEngineException.class).hasMessageContaining("Scripts are disabled");
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void anUnlintedModelStillRunsWhatTheGrammarAllows() {
        String model = Models.runnable("Unlinted_Allowed",
                "camunda:expression=\"${sla.dueDate(execution, 'Task_ApproveFile') != null &amp;&amp; "
                        + "execution.processBusinessKey == 'k-1'}\" camunda:resultVariable=\"ok\"");
        Deployment deployment = GuardDeployer.unlintedForTest(() -> repository.createDeployment()
                .name("unlinted").addString("Unlinted_Allowed.bpmn", model).deploy());
        try {
            var instance = runtime.startProcessInstanceByKey("Unlinted_Allowed", "k-1");
            assertThat(instance.isEnded()).isTrue();
        } finally {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }
}
