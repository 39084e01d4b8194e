package org.bangfu.workflow.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.bangfu.workflow.guard.Models.decision;
import static org.bangfu.workflow.guard.Models.expressionTask;
import static org.bangfu.workflow.guard.Models.process;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the deployment guard with a model that passes and one that fails. No Spring needed. */
class RuleBasedDeploymentGuardTest {

    private final DeploymentGuard guard = new RuleBasedDeploymentGuard();

    private List<GuardViolation> check(String name, String xml) {
        return guard.check(Map.of(name, xml.getBytes(StandardCharsets.UTF_8)));
    }

    private void passes(String xml) {
        assertThat(check("Test.bpmn", xml)).isEmpty();
    }

    private void refused(String xml, String elementId, String rule) {
        refused("Test.bpmn", xml, elementId, rule);
    }

    private void refused(String name, String xml, String elementId, String rule) {
        assertThat(check(name, xml)).as(xml)
                .anySatisfy(v -> {
                    assertThat(v.resource()).isEqualTo(name);
                    assertThat(v.elementId()).isEqualTo(elementId);
                    assertThat(v.rule()).isEqualTo(rule);
                    assertThat(v.message()).isNotBlank();
                });
    }

    @Nested
    class TheReviewsAttacks {

        @Test
        void aServiceTaskReachingRuntimeExecThroughGetClassIsRefusedWithItsElementId() {
            refused(process(expressionTask("Task_Pwn",
                    "${''.getClass().forName('java.lang.Runtime').getRuntime().exec('touch /tmp/pwned')}")),
                    "Task_Pwn", GuardRules.EXPRESSION_NOT_ALLOWED);
        }

        @Test
        void anExpressionReadingTheDatabaseThroughJdbcTemplateIsRefused() {
            refused(process(expressionTask("Task_Dump",
                    "${jdbcTemplate.queryForList('select resident_id from hardship_case')}")),
                    "Task_Dump", GuardRules.EXPRESSION_NOT_ALLOWED);
        }

        @Test
        void anExpressionDecryptingThroughFieldCipherIsRefused() {
            refused(process(expressionTask("Task_Decrypt", "${fieldCipher.decrypt(bankCard)}")),
                    "Task_Decrypt", GuardRules.EXPRESSION_NOT_ALLOWED);
        }

        @Test
        void reachingTheEngineServicesThroughTheExecutionIsRefused() {
            refused(process(expressionTask("Task_Services",
                    "${execution.getProcessEngineServices().getRepositoryService()}")),
                    "Task_Services", GuardRules.EXPRESSION_NOT_ALLOWED);
            refused(process(expressionTask("Task_Services", "${execution.processEngineServices}")),
                    "Task_Services", GuardRules.EXPRESSION_NOT_ALLOWED);
        }
    }

    @Nested
    class Scripts {

        @Test
        void aServiceTaskWithAnAllowedDelegatePasses() {
            passes(process("<bpmn:serviceTask id=\"Task_Open\" camunda:delegateExpression=\"${openFileDelegate}\"/>"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"javascript", "groovy", "python", "juel"})
        void aScriptTaskInAnyLanguageIsRefused(String language) {
            refused(process("<bpmn:scriptTask id=\"Task_Script\" scriptFormat=\"" + language
                    + "\"><bpmn:script>1</bpmn:script></bpmn:scriptTask>"), "Task_Script", GuardRules.SCRIPT_TASK);
        }

        @Test
        void aListenerWithAnAllowedDelegatePasses() {
            passes(process("<bpmn:task id=\"Task_L\"><bpmn:extensionElements><camunda:executionListener "
                    + "event=\"start\" delegateExpression=\"${endWatchDelegate}\"/></bpmn:extensionElements>"
                    + "</bpmn:task>"));
        }

        @Test
        void aScriptExecutionListenerIsRefused() {
            refused(process("<bpmn:task id=\"Task_L\"><bpmn:extensionElements><camunda:executionListener "
                    + "event=\"start\"><camunda:script scriptFormat=\"groovy\">'id'.execute()</camunda:script>"
                    + "</camunda:executionListener></bpmn:extensionElements></bpmn:task>"),
                    "Task_L", GuardRules.SCRIPT_LISTENER);
        }

        @Test
        void aScriptTaskListenerIsRefused() {
            refused(process("<bpmn:userTask id=\"Task_U\" camunda:candidateGroups=\"${caseworkerGroup}\">"
                    + "<bpmn:extensionElements><camunda:taskListener event=\"create\"><camunda:script "
                    + "scriptFormat=\"javascript\">java.lang.Runtime.getRuntime()</camunda:script>"
                    + "</camunda:taskListener></bpmn:extensionElements></bpmn:userTask>"),
                    "Task_U", GuardRules.SCRIPT_LISTENER);
        }

        @Test
        void aConditionInAScriptLanguageIsRefused() {
            refused(process("<bpmn:sequenceFlow id=\"Flow_S\" sourceRef=\"A\" targetRef=\"B\"><bpmn:conditionExpression "
                    + "xsi:type=\"bpmn:tFormalExpression\" language=\"javascript\">true</bpmn:conditionExpression>"
                    + "</bpmn:sequenceFlow>"), "Flow_S", GuardRules.SCRIPT_EXPRESSION);
        }

        @Test
        void anInputParameterWithAScriptIsRefused() {
            refused(process("<bpmn:task id=\"Task_IO\"><bpmn:extensionElements><camunda:inputOutput>"
                    + "<camunda:inputParameter name=\"x\"><camunda:script scriptFormat=\"groovy\">1"
                    + "</camunda:script></camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>"
                    + "</bpmn:task>"), "Task_IO", GuardRules.SCRIPT_EXPRESSION);
        }

        @Test
        void aConditionInTheExpressionGrammarPasses() {
            passes(process("<bpmn:sequenceFlow id=\"Flow_S\" sourceRef=\"A\" targetRef=\"B\"><bpmn:conditionExpression "
                    + "xsi:type=\"bpmn:tFormalExpression\">${aidDecision == 'APPROVED'}</bpmn:conditionExpression>"
                    + "</bpmn:sequenceFlow>"));
        }

        @Test
        void anExternalScriptResourceIsRefused() {
            refused(process("<bpmn:sequenceFlow id=\"Flow_R\" sourceRef=\"A\" targetRef=\"B\"><bpmn:conditionExpression "
                    + "xsi:type=\"bpmn:tFormalExpression\" camunda:resource=\"deployment://check.js\"/>"
                    + "</bpmn:sequenceFlow>"), "Flow_R", GuardRules.EXTERNAL_SCRIPT);
            refused(process("<bpmn:task id=\"Task_L\"><bpmn:extensionElements><camunda:executionListener "
                    + "event=\"start\"><camunda:script scriptFormat=\"groovy\" resource=\"classpath://x.groovy\"/>"
                    + "</camunda:executionListener></bpmn:extensionElements></bpmn:task>"),
                    "Task_L", GuardRules.EXTERNAL_SCRIPT);
        }
    }

    @Nested
    class JavaClasses {

        @Test
        void aServiceTaskNamingAJavaClassIsRefused() {
            refused(process("<bpmn:serviceTask id=\"Task_C\" camunda:class=\"org.example.Evil\"/>"),
                    "Task_C", GuardRules.JAVA_CLASS);
        }

        @Test
        void aSendTaskNamingAJavaClassIsRefused() {
            refused(process("<bpmn:sendTask id=\"Task_Send\" camunda:class=\"org.example.Evil\"/>"),
                    "Task_Send", GuardRules.JAVA_CLASS);
        }

        @Test
        void aMessageEndEventNamingAJavaClassIsRefused() {
            refused(process("<bpmn:endEvent id=\"End_M\"><bpmn:messageEventDefinition id=\"Def_M\" "
                    + "camunda:class=\"org.example.Evil\"/></bpmn:endEvent>"), "Def_M", GuardRules.JAVA_CLASS);
        }

        @Test
        void listenersNamingAJavaClassAreRefused() {
            refused(process("<bpmn:task id=\"Task_L\"><bpmn:extensionElements><camunda:executionListener "
                    + "event=\"start\" class=\"org.example.Evil\"/></bpmn:extensionElements></bpmn:task>"),
                    "Task_L", GuardRules.JAVA_CLASS);
            refused(process("<bpmn:userTask id=\"Task_U\" camunda:candidateGroups=\"${caseworkerGroup}\">"
                    + "<bpmn:extensionElements><camunda:taskListener event=\"create\" class=\"org.example.Evil\"/>"
                    + "</bpmn:extensionElements></bpmn:userTask>"), "Task_U", GuardRules.JAVA_CLASS);
        }

        @Test
        void aCallActivityVariableMappingClassIsRefused() {
            refused(process("<bpmn:callActivity id=\"Call_C\" calledElement=\"PaymentProcess\" "
                    + "camunda:variableMappingClass=\"org.example.Evil\"/>"), "Call_C", GuardRules.JAVA_CLASS);
        }

        @Test
        void aCallActivityWithPlainBindingsPasses() {
            passes(process("<bpmn:callActivity id=\"Call_C\" calledElement=\"PaymentProcess\"><bpmn:extensionElements>"
                    + "<camunda:in businessKey=\"#{execution.processBusinessKey}\"/><camunda:in source=\"caseId\" "
                    + "target=\"caseId\"/></bpmn:extensionElements></bpmn:callActivity>"));
        }
    }

    @Nested
    class Connectors {

        @Test
        void aConnectorIsRefused() {
            refused(process("<bpmn:serviceTask id=\"Task_Http\"><bpmn:extensionElements><camunda:connector>"
                    + "<camunda:connectorId>http-connector</camunda:connectorId></camunda:connector>"
                    + "</bpmn:extensionElements></bpmn:serviceTask>"), "Task_Http", GuardRules.CONNECTOR);
        }

        @Test
        void anInputOutputMappingWithoutConnectorPasses() {
            passes(process("<bpmn:serviceTask id=\"Task_R\" camunda:delegateExpression=\"${refuseFileDelegate}\">"
                    + "<bpmn:extensionElements><camunda:inputOutput><camunda:inputParameter name=\"refusalReason\">"
                    + "FILE_REJECTED</camunda:inputParameter></camunda:inputOutput></bpmn:extensionElements>"
                    + "</bpmn:serviceTask>"));
        }
    }

    @Nested
    class JavaSerialization {

        @Test
        void aJavaSerializedVariableIsRefused() {
            refused(process("<bpmn:task id=\"Task_J\"><bpmn:extensionElements><camunda:properties>"
                    + "<camunda:property name=\"format\" value=\"application/x-java-serialized-object\"/>"
                    + "</camunda:properties></bpmn:extensionElements></bpmn:task>"),
                    "Task_J", GuardRules.JAVA_SERIALIZATION);
        }

        @Test
        void aJsonFormatPasses() {
            passes(process("<bpmn:task id=\"Task_J\"><bpmn:extensionElements><camunda:properties>"
                    + "<camunda:property name=\"format\" value=\"application/json\"/>"
                    + "</camunda:properties></bpmn:extensionElements></bpmn:task>"));
        }
    }

    @Nested
    class Expressions {

        @ParameterizedTest
        @ValueSource(strings = {
                "${eligible}", "${!eligible}", "${aidDecision == 'APPROVED'}", "${paymentKey != null}",
                "${amount > 20000 && grade eq \"DEEP\"}", "${(a + b) * 2 - c / 4 % 3 >= 10 or not done}",
                "${empty reason ? 'none' : reason}", "${amount le 1.5e3}", "${-1 < x}", "${true}", "${false}",
                "${sla.dueDate(execution, 'Task_ApproveFile')}", "${sla.escalateAt(execution, 'Task_X')}",
                "${sla.remindAt(execution, 'Task_SubmitUnitReport')}", "${campaignGroups.unitIds(campaignId)}",
                "${campaignGroups.caseWorkers(campaignUnitId)}", "#{execution.processBusinessKey}",
                "P${days}D", "R/${start}/P1D"})
        void anExpressionInTheGrammarPasses(String expression) {
            passes(process("<bpmn:task id=\"Task_E\"><bpmn:extensionElements><camunda:inputOutput>"
                    + "<camunda:inputParameter name=\"x\">" + Models.attr(expression) + "</camunda:inputParameter>"
                    + "</camunda:inputOutput></bpmn:extensionElements></bpmn:task>"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "${jdbcTemplate.queryForList('select 1')}", "${''.getClass()}", "${x.getClass()}", "${x.class}", "${a.b}", "${a['b']}", "${a[0]}",
                "${sla.getClass()}", "${sla.toString()}", "${sla.dueDate(execution, 'x').time}",
                "${sla.dueDate(execution, 'x').getTime()}", "${sla}", "${execution}", "${task}",
                "${execution.getVariable('x')}", "${execution.setVariable('x', 1)}", "${task.delegate('x')}",
                "${execution.processInstance}", "${now()}", "${currentUser()}", "${fn:exec('x')}",
                "${T(java.lang.Runtime).getRuntime()}", "${java.lang.Runtime.getRuntime()}", "${x = 1}",
                "${a; b}", "${x -> x}", "${a instanceof b}", "${campaignGroups.approvers(execution.id)}",
                "${sla.dueDate(execution.getProcessEngineServices(), 'x')}", "${'unclosed}", "${1 +}", "${}",
                "\\${escaped}", "${a}${b.c}", "${\"\\u0041\"}", "${x ? y}", "${(x}",
                "${applicationContext.getBean('jdbcTemplate')}", "${processEngine.repositoryService}"})
        void anExpressionOutsideTheGrammarIsRefused(String expression) {
            refused(process("<bpmn:task id=\"Task_E\"><bpmn:extensionElements><camunda:inputOutput>"
                    + "<camunda:inputParameter name=\"x\">" + Models.attr(expression) + "</camunda:inputParameter>"
                    + "</camunda:inputOutput></bpmn:extensionElements></bpmn:task>"),
                    "Task_E", GuardRules.EXPRESSION_NOT_ALLOWED);
        }

        @Test
        void expressionsAreCheckedInTimersDueDatesCollectionsAndCalledElements() {
            refused(process("<bpmn:intermediateCatchEvent id=\"Timer_T\"><bpmn:timerEventDefinition id=\"Def_T\">"
                    + "<bpmn:timeDate xsi:type=\"bpmn:tFormalExpression\">${x.getClass()}</bpmn:timeDate>"
                    + "</bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>"),
                    "Def_T", GuardRules.EXPRESSION_NOT_ALLOWED);
            refused(process("<bpmn:userTask id=\"Task_D\" camunda:candidateGroups=\"${caseworkerGroup}\" "
                    + "camunda:dueDate=\"${jdbcTemplate.execute('drop table x')}\"/>"),
                    "Task_D", GuardRules.EXPRESSION_NOT_ALLOWED);
            refused(process("<bpmn:userTask id=\"Task_F\" camunda:candidateGroups=\"${caseworkerGroup}\" "
                    + "camunda:followUpDate=\"${fieldCipher.key}\"/>"), "Task_F", GuardRules.EXPRESSION_NOT_ALLOWED);
            refused(process("<bpmn:subProcess id=\"Sub_M\"><bpmn:multiInstanceLoopCharacteristics "
                    + "camunda:collection=\"${organizationService.allUnits()}\" camunda:elementVariable=\"u\"/>"
                    + "</bpmn:subProcess>"), "Sub_M", GuardRules.EXPRESSION_NOT_ALLOWED);
            refused(process("<bpmn:callActivity id=\"Call_E\" calledElement=\"${x.y}\"/>"),
                    "Call_E", GuardRules.EXPRESSION_NOT_ALLOWED);
            refused(process("<bpmn:callActivity id=\"Call_E\" calledElement=\"PaymentProcess\"><bpmn:extensionElements>"
                    + "<camunda:in sourceExpression=\"${execution.getProcessEngine()}\" target=\"x\"/>"
                    + "</bpmn:extensionElements></bpmn:callActivity>"), "Call_E", GuardRules.EXPRESSION_NOT_ALLOWED);
            refused(process("<bpmn:task id=\"Task_L\"><bpmn:extensionElements><camunda:executionListener "
                    + "event=\"start\" expression=\"${jdbcTemplate.execute('x')}\"/></bpmn:extensionElements>"
                    + "</bpmn:task>"), "Task_L", GuardRules.EXPRESSION_NOT_ALLOWED);
            refused(process("<bpmn:serviceTask id=\"Task_Field\" camunda:delegateExpression=\"${openFileDelegate}\">"
                    + "<bpmn:extensionElements><camunda:field name=\"f\"><camunda:expression>${x.y}"
                    + "</camunda:expression></camunda:field></bpmn:extensionElements></bpmn:serviceTask>"),
                    "Task_Field", GuardRules.EXPRESSION_NOT_ALLOWED);
        }

        @Test
        void aVariableNamedLikeASpringBeanOutsideTheAllowListIsRefusedWhenTheGuardKnowsTheContext() {
            var context = new org.springframework.beans.factory.support.DefaultListableBeanFactory();
            context.registerSingleton("jdbcTemplate", new Object());
            context.registerSingleton("sla", new Object());
            var springGuard = new RuleBasedDeploymentGuard(context);
            assertThat(springGuard.check(Map.of("Test.bpmn", process(expressionTask("Task_J", "${jdbcTemplate}"))
                    .getBytes(StandardCharsets.UTF_8))))
                    .anySatisfy(v -> {
                        assertThat(v.elementId()).isEqualTo("Task_J");
                        assertThat(v.rule()).isEqualTo(GuardRules.EXPRESSION_NOT_ALLOWED);
                    });
            assertThat(springGuard.check(Map.of("Test.bpmn", process(expressionTask("Task_S",
                    "${sla.dueDate(execution, 'x') != null && eligible}")).getBytes(StandardCharsets.UTF_8))))
                    .isEmpty();
        }

        @Test
        void documentationMayMentionAnyText() {
            passes(process("<bpmn:task id=\"Task_Doc\"><bpmn:documentation>Do not write ${x.getClass()}"
                    + "</bpmn:documentation></bpmn:task>"));
        }
    }

    @Nested
    class Delegates {

        @Test
        void everyDelegateOfTheProcessStepAllowListPasses() {
            for (String bean : GuardRules.DELEGATE_BEANS) {
                passes(process("<bpmn:serviceTask id=\"Task_D\" camunda:delegateExpression=\"${" + bean + "}\"/>"));
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"${jdbcTemplate}", "${fieldCipher}", "${sla}", "${openFileDelegate.execute(execution)}",
                "openFileDelegate", "${openFileDelegate}${payAidDelegate}", "${x ? openFileDelegate : payAidDelegate}",
                "${processEngine}"})
        void aDelegateExpressionOutsideTheAllowListIsRefused(String expression) {
            refused(process("<bpmn:serviceTask id=\"Task_D\" camunda:delegateExpression=\"" + Models.attr(expression)
                    + "\"/>"), "Task_D", GuardRules.DELEGATE_NOT_ALLOWED);
        }

        @Test
        void aListenerDelegateOutsideTheAllowListIsRefused() {
            refused(process("<bpmn:task id=\"Task_L\"><bpmn:extensionElements><camunda:executionListener "
                    + "event=\"start\" delegateExpression=\"${jdbcTemplate}\"/></bpmn:extensionElements></bpmn:task>"),
                    "Task_L", GuardRules.DELEGATE_NOT_ALLOWED);
        }
    }

    @Nested
    class CandidateGroups {

        @ParameterizedTest
        @ValueSource(strings = {"${caseworkerGroup}", "${approverGroup}", "${financeGroup}",
                "${campaignGroups.caseWorkers(campaignUnitId)}", "${campaignGroups.approvers(organiserUnitId)}",
                "caseworker@ZZ01", "approver@GH_02", "finance@X", "${caseworkerGroup}, approver@A1"})
        void aUserTaskForTheKnownRolesPasses(String groups) {
            passes(process("<bpmn:userTask id=\"Task_U\" camunda:candidateGroups=\"" + groups + "\"/>"));
        }

        @Test
        void aUserTaskWithoutCandidateGroupsIsRefused() {
            refused(process("<bpmn:userTask id=\"Task_U\"/>"), "Task_U", GuardRules.CANDIDATE_GROUPS);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "admin@X", "analyst@X", "auditor@X", "camunda-admin", "caseworker@",
                "${someGroup}", "${campaignGroups.unitIds(x)}", "caseworker@X, camunda-admin"})
        void aUserTaskForAnyOtherGroupIsRefused(String groups) {
            refused(process("<bpmn:userTask id=\"Task_U\" camunda:candidateGroups=\"" + groups + "\"/>"),
                    "Task_U", GuardRules.CANDIDATE_GROUPS);
        }

        @Test
        void aUserTaskAssignedToAPersonIsRefused() {
            refused(process("<bpmn:userTask id=\"Task_U\" camunda:candidateGroups=\"${caseworkerGroup}\" "
                    + "camunda:assignee=\"analyst\"/>"), "Task_U", GuardRules.CANDIDATE_GROUPS);
            refused(process("<bpmn:userTask id=\"Task_U\" camunda:candidateGroups=\"${caseworkerGroup}\" "
                    + "camunda:candidateUsers=\"analyst\"/>"), "Task_U", GuardRules.CANDIDATE_GROUPS);
        }
    }

    @Nested
    class HistoryTimeToLive {

        @ParameterizedTest
        @ValueSource(strings = {"3650", "P3650D"})
        void aProcessWithAHistoryTimeToLivePasses(String ttl) {
            passes(process("camunda:historyTimeToLive=\"" + ttl + "\"", ""));
        }

        @Test
        void aProcessWithoutHistoryTimeToLiveIsRefused() {
            refused(process("", ""), "TestProcess", GuardRules.HISTORY_TTL);
            refused(process("camunda:historyTimeToLive=\"${x}\"", ""), "TestProcess", GuardRules.HISTORY_TTL);
            refused(process("", "").replace(" isExecutable=\"true\"", ""), "TestProcess", GuardRules.HISTORY_TTL);
        }

        @Test
        void aDecisionWithoutHistoryTimeToLiveIsRefused() {
            String table = decision("", "", "<inputExpression id=\"In_A\" typeRef=\"integer\"><text>a</text>"
                    + "</inputExpression>", "<inputEntry id=\"E\"><text>1</text></inputEntry>",
                    "<outputEntry id=\"O\"><text>\"A\"</text></outputEntry>");
            refused("Test.dmn", table, "TestDecision", GuardRules.HISTORY_TTL);
        }
    }

    @Nested
    class DecisionLanguages {

        private List<GuardViolation> dmn(String xml) {
            return check("Test.dmn", xml);
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "expressionLanguage=\"feel\"", "expressionLanguage=\"FEEL\"",
                "expressionLanguage=\"feel-scala\"", "expressionLanguage=\"juel\""})
        void aDecisionInFeelOrGrammarJuelPasses(String language) {
            assertThat(dmn(decision("<inputExpression id=\"In_A\" typeRef=\"double\" " + language
                    + "><text>income / dibao</text></inputExpression>"))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"javascript", "groovy", "python", "jruby", "ecmascript", "js"})
        void aDecisionInAScriptLanguageIsRefused(String language) {
            assertThat(dmn(decision("<inputExpression id=\"In_A\" typeRef=\"double\" expressionLanguage=\""
                    + language + "\"><text>1</text></inputExpression>")))
                    .anySatisfy(v -> {
                        assertThat(v.elementId()).isEqualTo("In_A");
                        assertThat(v.rule()).isEqualTo(GuardRules.DMN_SCRIPT_LANGUAGE);
                    });
        }

        @Test
        void aScriptLanguageForTheWholeDefinitionsOrAnEntryIsRefused() {
            String global = decision("expressionLanguage=\"groovy\"", "camunda:historyTimeToLive=\"1\"",
                    "<inputExpression id=\"In_A\"><text>a</text></inputExpression>",
                    "<inputEntry id=\"E\"><text>1</text></inputEntry>",
                    "<outputEntry id=\"O\"><text>\"A\"</text></outputEntry>");
            refused("Test.dmn", global, "Definitions_D", GuardRules.DMN_SCRIPT_LANGUAGE);
            String entry = decision("", "camunda:historyTimeToLive=\"1\"",
                    "<inputExpression id=\"In_A\"><text>a</text></inputExpression>",
                    "<inputEntry id=\"E\" expressionLanguage=\"javascript\"><text>1</text></inputEntry>",
                    "<outputEntry id=\"O\" expressionLanguage=\"python\"><text>\"A\"</text></outputEntry>");
            refused("Test.dmn", entry, "E", GuardRules.DMN_SCRIPT_LANGUAGE);
            refused("Test.dmn", entry, "O", GuardRules.DMN_SCRIPT_LANGUAGE);
        }

        @Test
        void aJuelDecisionOutsideTheGrammarIsRefused() {
            refused("Test.dmn", decision("<inputExpression id=\"In_A\" expressionLanguage=\"juel\"><text>"
                    + "${jdbcTemplate.queryForList('select 1')}</text></inputExpression>"),
                    "In_A", GuardRules.EXPRESSION_NOT_ALLOWED);
            refused("Test.dmn", decision("<inputExpression id=\"In_A\" expressionLanguage=\"juel\"><text>"
                    + "x.getClass()</text></inputExpression>"), "In_A", GuardRules.EXPRESSION_NOT_ALLOWED);
        }

        @Test
        void aFeelCallOfAFunctionOnAValueIsRefusedButTextInStringsAndBuiltInsPass() {
            refused("Test.dmn", decision("<inputExpression id=\"In_A\"><text>applicant.getClass()</text>"
                    + "</inputExpression>"), "In_A", GuardRules.EXPRESSION_NOT_ALLOWED);
            assertThat(dmn(decision("<inputExpression id=\"In_A\"><text>if string length(name) &gt; 2 then "
                    + "\"a.b(c) external\" else floor(income / 12)</text></inputExpression>"))).isEmpty();
        }

        @Test
        void aFeelExternalJavaFunctionIsRefused() {
            refused("Test.dmn", decision("<inputExpression id=\"In_A\"><text>{ f: function(x) external { java: "
                    + "{ class: \"java.lang.Runtime\", method signature: \"getRuntime()\" } } }.f(1)</text>"
                    + "</inputExpression>"), "In_A", GuardRules.EXPRESSION_NOT_ALLOWED);
        }
    }

    @Nested
    class Resources {

        @ParameterizedTest
        @ValueSource(strings = {"Test.bpmn", "Test.bpmn20.xml"})
        void bpmnResourcesPass(String name) {
            assertThat(check(name, process(""))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Test.dmn", "Test.dmn11.xml"})
        void dmnResourcesPass(String name) {
            assertThat(check(name, decision("<inputExpression id=\"In_A\"><text>a</text></inputExpression>")))
                    .isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"form.form", "script.js", "run.groovy", "diagram.png", "case.cmmn",
                "form.html", "Test.bpmn.exe", "readme"})
        void anyOtherResourceIsRefused(String name) {
            refused(name, "anything", name, GuardRules.UNKNOWN_RESOURCE);
        }

        @Test
        void aModelWithADoctypeOrExternalEntityIsRefusedWithoutReadingIt() {
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                    + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">&e;"
                    + "</bpmn:definitions>";
            List<GuardViolation> violations = check("Test.bpmn", xxe);
            assertThat(violations).singleElement().satisfies(v -> {
                assertThat(v.rule()).isEqualTo(GuardRules.INVALID_XML);
                assertThat(v.message()).doesNotContain("root:");
            });
        }

        @Test
        void aModelThatIsNotXmlIsRefused() {
            refused("Test.bpmn", "not xml", "Test.bpmn", GuardRules.INVALID_XML);
        }
    }
}
