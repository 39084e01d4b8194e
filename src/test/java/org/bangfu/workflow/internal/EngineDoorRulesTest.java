package org.bangfu.workflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.bangfu.workflow.internal.EngineDoorRules.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which requests pass the engine's doors, path tricks included (the integration test sends them for real). */
class EngineDoorRulesTest {

    @ParameterizedTest(name = "{0} {1} passes")
    @CsvSource({
            "GET, /engine-rest/task",
            "GET, /engine-rest/task/abc/complete",
            "HEAD, /engine-rest/process-definition",
            "OPTIONS, /engine-rest/user",
            "GET, /camunda/api/engine/engine/default/process-definition/x/xml",
            "POST, /engine-rest/task",
            "POST, /engine-rest/task/count",
            "POST, /engine-rest/task/",
            "POST, /engine-rest/engine/default/task",
            "POST, /engine-rest/process-instance",
            "POST, /engine-rest/process-instance/count",
            "POST, /engine-rest/execution",
            "POST, /engine-rest/variable-instance/count",
            "POST, /engine-rest/job",
            "POST, /engine-rest/job-definition/count",
            "POST, /engine-rest/external-task/count",
            "POST, /engine-rest/history/process-instance",
            "POST, /engine-rest/history/task/count",
            "POST, /engine-rest/history/detail",
            "POST, /engine-rest/history/variable-instance/count",
            "POST, /engine-rest/deployment/create",
            "POST, /camunda/api/engine/engine/default/task",
            "POST, /camunda/api/engine/engine/default/filter/f1/list",
            "POST, /camunda/api/engine/engine/default/history/activity-instance",
            "POST, /camunda/api/cockpit/plugin/base/default/process-instance",
            "POST, /camunda/api/cockpit/plugin/base/default/incident/count",
            "POST, /camunda/api/cockpit/plugin/base/default/process-definition/p1/called-process-definitions",
            "POST, /camunda/api/admin/auth/user/default/login/cockpit",
            "POST, /camunda/api/admin/auth/user/default/logout"})
    void readsQueriesLoginAndTheModelersDeploymentPass(String method, String path) {
        assertThat(EngineDoorRules.decide(method, path, false)).isEqualTo(Verdict.PASS);
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({
            "POST, /engine-rest/task/t1/complete",
            "POST, /engine-rest/task/t1/resolve",
            "POST, /engine-rest/task/t1/submit-form",
            "POST, /engine-rest/task/t1/claim",
            "POST, /engine-rest/task/t1/unclaim",
            "POST, /engine-rest/task/t1/assignee",
            "POST, /engine-rest/task/t1/delegate",
            "POST, /engine-rest/task/t1/variables",
            "PUT, /engine-rest/task/t1/localVariables/x",
            "DELETE, /engine-rest/task/t1/variables/x",
            "POST, /engine-rest/task/t1/variables/x/data",
            "POST, /engine-rest/task/t1/comment/create",
            "POST, /engine-rest/task/t1/attachment/create",
            "POST, /engine-rest/task/t1/bpmnError",
            "POST, /engine-rest/task/create",
            "PUT, /engine-rest/task/t1",
            "DELETE, /engine-rest/task/t1",
            "POST, /engine-rest/process-instance/p1/modification",
            "POST, /engine-rest/process-instance/p1/modification-async",
            "POST, /engine-rest/process-instance/p1/variables",
            "PUT, /engine-rest/process-instance/p1/variables/x",
            "PUT, /engine-rest/process-instance/p1/suspended",
            "PUT, /engine-rest/process-instance/suspended",
            "POST, /engine-rest/process-instance/suspended-async",
            "POST, /engine-rest/process-instance/variables-async",
            "POST, /engine-rest/process-instance/message-async",
            "DELETE, /engine-rest/process-instance/p1",
            "POST, /engine-rest/process-instance/delete",
            "POST, /engine-rest/migration/execute",
            "POST, /engine-rest/migration/executeAsync",
            "POST, /engine-rest/modification/execute",
            "POST, /engine-rest/job/j1/execute",
            "PUT, /engine-rest/job/j1/suspended",
            "PUT, /engine-rest/job/j1/duedate",
            "POST, /engine-rest/job/j1/duedate/recalculate",
            "DELETE, /engine-rest/job/j1",
            "DELETE, /engine-rest/history/process-instance/p1",
            "POST, /engine-rest/history/process-instance/delete",
            "POST, /engine-rest/history/decision-instance/delete",
            "POST, /engine-rest/history/cleanup",
            "POST, /engine-rest/history/process-instance/set-removal-time",
            "DELETE, /engine-rest/history/variable-instance/v1",
            "DELETE, /engine-rest/batch/b1",
            "PUT, /engine-rest/batch/b1/suspended",
            "POST, /engine-rest/deployment/d1/redeploy",
            "DELETE, /engine-rest/deployment/d1",
            "POST, /engine-rest/engine/default/deployment/create",
            "POST, /engine-rest/deployment/create/",
            "POST, /camunda/api/engine/engine/default/deployment/create",
            "POST, /engine-rest/process-definition/key/HardshipCaseProcess/start",
            "POST, /engine-rest/process-definition/d1/submit-form",
            "POST, /engine-rest/process-definition/d1/restart",
            "PUT, /engine-rest/process-definition/d1/suspended",
            "PUT, /engine-rest/process-definition/d1/history-time-to-live",
            "DELETE, /engine-rest/process-definition/key/HardshipCaseProcess/delete",
            "POST, /engine-rest/decision-definition/key/GradeDecision/evaluate",
            "POST, /engine-rest/message",
            "POST, /engine-rest/signal",
            "POST, /engine-rest/condition",
            "POST, /engine-rest/execution/e1/signal",
            "POST, /engine-rest/execution/e1/messageSubscriptions/m/trigger",
            "POST, /engine-rest/external-task/fetchAndLock",
            "POST, /engine-rest/external-task/x/complete",
            "POST, /engine-rest/user/create",
            "PUT, /engine-rest/user/u/credentials",
            "POST, /engine-rest/group/create",
            "PUT, /engine-rest/group/g/members/u",
            "POST, /engine-rest/authorization/create",
            "POST, /engine-rest/tenant/create",
            "POST, /engine-rest/filter/create",
            "PUT, /engine-rest/filter/f1",
            "POST, /engine-rest/identity/verify",
            "PUT, /engine-rest/incident/i1/annotation",
            "POST, /engine-rest/telemetry/configuration",
            "PATCH, /engine-rest/task",
            "TRACE, /engine-rest/task",
            "POST, /camunda/api/admin/setup/default/user/create",
            "POST, /camunda/api/engine/engine/default/task/t1/complete",
            "POST, /camunda/api/engine/engine/default/process-instance/p1/modification",
            "POST, /camunda/api/unknown/thing"})
    void everyWriteIsRefusedForAnalystsAndAdministrators(String method, String path) {
        assertThat(EngineDoorRules.decide(method, path, false)).isEqualTo(Verdict.REFUSE);
        assertThat(EngineDoorRules.decide(method, path, true)).as("for an administrator").isEqualTo(Verdict.REFUSE);
    }

    @ParameterizedTest(name = "{0} {1} is refused: not a plain path")
    @CsvSource({
            "POST, /engine-rest/task/t1/%63omplete",
            "POST, /engine-rest/task%2Fcount",
            "POST, /engine-rest/task%252Fcount",
            "POST, /engine-rest//task",
            "POST, /engine-rest/task;x=1",
            "POST, /engine-rest/task;jsessionid=1/count",
            "POST, /engine-rest/task/t1/complete/../../count",
            "POST, /engine-rest/./task",
            "POST, /engine-rest/task/..",
            "POST, /engine-rest\\task",
            "POST, /engine-rest/task/t1/COMPLETE",
            "POST, /engine-rest/task/t1/complete/"})
    void aWriteWhosePathCannotBeNormalisedIsRefused(String method, String path) {
        assertThat(EngineDoorRules.decide(method, path, true)).isEqualTo(Verdict.REFUSE);
    }

    @ParameterizedTest(name = "{0} {1}: administrators only, audited")
    @CsvSource({
            "PUT, /engine-rest/job/j1/retries",
            "PUT, /engine-rest/job-definition/jd1/retries",
            "POST, /engine-rest/job/retries",
            "POST, /engine-rest/process-instance/job-retries",
            "POST, /engine-rest/process-instance/job-retries-historic-query-based",
            "PUT, /camunda/api/engine/engine/default/job/j1/retries",
            "PUT, /camunda/api/engine/engine/default/job-definition/jd1/retries"})
    void anAdministratorMaySetJobRetriesAndIsAudited(String method, String path) {
        assertThat(EngineDoorRules.decide(method, path, true)).isEqualTo(Verdict.PASS_AUDITED);
        assertThat(EngineDoorRules.decide(method, path, false)).isEqualTo(Verdict.REFUSE);
    }
}
