package org.bangfu.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bangfu.casework.process.ProcessIds;
import org.bangfu.casework.process.ProcessTestSupport;
import org.bangfu.identification.CaseStatus;
import org.bangfu.identification.HardshipCase;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * C2: nobody acts on a Bangfu case through the engine's own doors (the engine REST API and the Camunda webapps' API):
 * every write is refused with 403 problem JSON, changes nothing and leaves an audit row; reads and queries still
 * answer; an administrator may retry a failed job (audited); the development-only notice shortcut replaces firing
 * the notice timer through the engine.
 */
class EngineDoorsTest extends ProcessTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String ENGINE_REST = "/engine-rest";
    static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";

    record Reply(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    /**
     * A client as a browser or script uses the doors: HTTP basic, a cookie jar, and for the webapps the XSRF token
     * their own CSRF filter hands out (so a refusal is ours, not a missing token).
     */
    final class Client {
        private final String user;
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        Client(String user) {
            this.user = user;
        }

        Reply send(String method, String path, String body) {
            if (path.startsWith("/camunda/") && !"GET".equals(method) && xsrf() == null) {
                send("GET", "/camunda/app/cockpit/default/", null);
                send("GET", WEBAPP_ENGINE + "/process-definition/count", null);
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path))
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((user + ":demo1234").getBytes(StandardCharsets.UTF_8)))
                    .header("Accept-Language", "en")
                    .header("Accept", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            String token = xsrf();
            if (token != null) {
                request.header("X-XSRF-TOKEN", token);
            }
            try {
                HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
                return new Reply(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        private String xsrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).findFirst().orElse(null);
        }
    }

    /** A real case waiting at the county's approval (Task_ApproveFile), its notice run out. */
    private HardshipCase awaitingApproval() {
        HardshipCase c = inNotice();
        endNotice(c);
        assertThat(hasTask(c, ProcessIds.TASK_APPROVE_FILE)).isTrue();
        return reload(c);
    }

    private HardshipCase inNotice() {
        HardshipCase c = fileDeep();
        firstReview(c);
        homeVisit(c);
        meansCheck(c, cleanCheck());
        assertThat(reload(c).status()).isEqualTo(CaseStatus.NOTICE);
        return c;
    }

    /** Everything a write through the doors could change on the case. */
    private Map<String, Object> state(HardshipCase c) {
        ProcessInstance process = fileProcess(c);
        Map<String, Object> state = new TreeMap<>();
        state.put("status", reload(c).status());
        state.put("suspended", process.isSuspended());
        state.put("definition", process.getProcessDefinitionId());
        Task task = openTask(c, ProcessIds.TASK_APPROVE_FILE);
        state.put("task", task.getId() + " " + task.getAssignee() + " " + task.getOwner() + " "
                + task.getDelegationState() + " " + task.getDueDate());
        state.put("variables", new TreeMap<>(runtime.getVariables(process.getId())));
        state.put("taskVariables", new TreeMap<>(tasks.getVariablesLocal(task.getId())));
        state.put("activities", runtime.getActiveActivityIds(process.getId()));
        state.put("jobs", management.createJobQuery().processInstanceId(process.getId()).list().stream()
                .map(j -> j.getId() + " " + j.getDuedate() + " " + j.getRetries() + " " + j.isSuspended()).sorted()
                .toList());
        state.put("history", history.createHistoricActivityInstanceQuery().processInstanceId(process.getId())
                .count());
        state.put("historicVariables", history.createHistoricVariableInstanceQuery()
                .processInstanceId(process.getId()).count());
        state.put("comments", tasks.getTaskComments(task.getId()).size());
        state.put("identityLinks", tasks.getIdentityLinksForTask(task.getId()).size());
        return state;
    }

    private long audited(String actor, String action, String detail) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = ? AND action = ? AND detail = ?")
                .params(actor, action, detail).query(Long.class).single();
    }

    /** The writes an analyst tried in the review, and the rest of the engine's writes on a running case. */
    private List<String[]> writesOn(HardshipCase c) {
        ProcessInstance process = fileProcess(c);
        String pi = process.getId();
        String task = openTask(c, ProcessIds.TASK_APPROVE_FILE).getId();
        // a case awaiting approval waits for no timer (SLA is a sweep over follow-up dates): the job writes are tried
        // on the notice timer of a case in its public notice
        Job timer = management.createJobQuery().processInstanceId(fileProcess(inNotice()).getId())
                .activityId("Event_NoticePeriodEnds").singleResult();
        String deployment = repository().getProcessDefinition(process.getProcessDefinitionId()).getDeploymentId();
        String definition = process.getProcessDefinitionId();
        return List.of(
                new String[] {"POST", "/task/" + task + "/complete",
                        "{\"variables\":{\"fileDecision\":{\"value\":\"APPROVED\"}}}"},
                new String[] {"POST", "/task/" + task + "/submit-form", "{\"variables\":{}}"},
                new String[] {"POST", "/task/" + task + "/resolve", "{}"},
                new String[] {"POST", "/task/" + task + "/claim", "{\"userId\":\"approver_zhongyuan\"}"},
                new String[] {"POST", "/task/" + task + "/assignee", "{\"userId\":\"analyst\"}"},
                new String[] {"POST", "/task/" + task + "/delegate", "{\"userId\":\"analyst\"}"},
                new String[] {"POST", "/task/" + task + "/variables",
                        "{\"modifications\":{\"fileDecision\":{\"value\":\"APPROVED\"}}}"},
                new String[] {"PUT", "/task/" + task + "/localVariables/fileDecision", "{\"value\":\"APPROVED\"}"},
                new String[] {"POST", "/task/" + task + "/comment/create", "{\"message\":\"ok\"}"},
                new String[] {"POST", "/task/" + task + "/identity-links", "{\"groupId\":\"x\",\"type\":\"candidate\"}"},
                new String[] {"PUT", "/task/" + task, "{\"name\":\"renamed\",\"assignee\":\"analyst\"}"},
                new String[] {"DELETE", "/task/" + task, null},
                new String[] {"POST", "/process-instance/" + pi + "/modification",
                        "{\"skipCustomListeners\":true,\"instructions\":[{\"type\":\"cancel\",\"activityId\":"
                                + "\"Task_ApproveFile\"},{\"type\":\"startAfterActivity\",\"activityId\":"
                                + "\"Task_ApproveFile\"}]}"},
                new String[] {"POST", "/process-instance/" + pi + "/variables",
                        "{\"modifications\":{\"fileDecision\":{\"value\":\"APPROVED\"}}}"},
                new String[] {"PUT", "/process-instance/" + pi + "/variables/approverGroup",
                        "{\"value\":\"analyst@410000\"}"},
                new String[] {"DELETE", "/process-instance/" + pi + "/variables/approverGroup", null},
                new String[] {"PUT", "/process-instance/" + pi + "/suspended", "{\"suspended\":true}"},
                new String[] {"PUT", "/process-instance/suspended",
                        "{\"processInstanceIds\":[\"" + pi + "\"],\"suspended\":true}"},
                new String[] {"POST", "/migration/execute", "{\"migrationPlan\":{\"sourceProcessDefinitionId\":\""
                        + definition + "\",\"targetProcessDefinitionId\":\"" + definition
                        + "\",\"instructions\":[]},\"processInstanceIds\":[\"" + pi + "\"]}"},
                new String[] {"DELETE", "/process-instance/" + pi, null},
                new String[] {"POST", "/process-instance/delete", "{\"processInstanceIds\":[\"" + pi + "\"]}"},
                new String[] {"DELETE", "/history/process-instance/" + pi, null},
                new String[] {"POST", "/history/process-instance/delete",
                        "{\"historicProcessInstanceIds\":[\"" + pi + "\"]}"},
                new String[] {"DELETE", "/history/process-instance/" + pi + "/variable-instances", null},
                new String[] {"POST", "/job/" + timer.getId() + "/execute", null},
                new String[] {"PUT", "/job/" + timer.getId() + "/duedate", "{\"duedate\":\"2020-01-01T00:00:00.000+0000\"}"},
                new String[] {"PUT", "/job/" + timer.getId() + "/suspended", "{\"suspended\":true}"},
                new String[] {"PUT", "/job/" + timer.getId() + "/retries", "{\"retries\":0}"},
                new String[] {"DELETE", "/job/" + timer.getId(), null},
                new String[] {"PUT", "/process-definition/" + definition + "/suspended",
                        "{\"suspended\":true,\"includeProcessInstances\":true}"},
                new String[] {"POST", "/process-definition/" + definition + "/start", "{\"businessKey\":\"x\"}"},
                new String[] {"POST", "/deployment/" + deployment + "/redeploy", "{}"},
                new String[] {"DELETE", "/deployment/" + deployment + "?cascade=true", null},
                new String[] {"POST", "/message", "{\"messageName\":\"" + ProcessIds.MESSAGE_OBJECTION_LODGED
                        + "\",\"businessKey\":\"" + c.caseNo() + "\"}"},
                new String[] {"POST", "/signal", "{\"name\":\"anything\"}"},
                new String[] {"POST", "/condition", "{\"variables\":{}}"},
                new String[] {"POST", "/external-task/fetchAndLock", "{\"workerId\":\"w\",\"maxTasks\":1}"},
                new String[] {"POST", "/user/create", "{\"profile\":{\"id\":\"intruder\"},"
                        + "\"credentials\":{\"password\":\"x\"}}"},
                new String[] {"POST", "/authorization/create", "{\"type\":1,\"permissions\":[\"ALL\"],"
                        + "\"userId\":\"analyst\",\"resourceType\":0,\"resourceId\":\"*\"}"});
    }

    private org.camunda.bpm.engine.RepositoryService repository() {
        return engine.getRepositoryService();
    }

    private void everyWriteIsRefusedAndChangesNothing(String door) {
        HardshipCase c = awaitingApproval();
        Client analyst = new Client("analyst");
        Map<String, Object> before = state(c);
        for (String[] write : writesOn(c)) {
            String path = door + write[1];
            String detail = write[0] + " " + path.replaceFirst("\\?.*", "");
            long auditedBefore = audited("analyst", "ENGINE_REQUEST_REFUSED", detail);
            Reply reply = analyst.send(write[0], path, write[2]);
            assertThat(reply.status()).as(write[0] + " " + path + ": " + reply.body()).isEqualTo(403);
            JsonNode problem = reply.json();
            assertThat(problem.get("type").asText()).endsWith("/engine-request-refused");
            assertThat(problem.get("status").asInt()).isEqualTo(403);
            assertThat(problem.get("detail").asText()).contains(detail);
            assertThat(audited("analyst", "ENGINE_REQUEST_REFUSED", detail)).as("audit of " + detail)
                    .isEqualTo(auditedBefore + 1);
        }
        assertThat(state(c)).isEqualTo(before);
    }

    @Test
    void everyEngineWriteOnACaseAwaitingApprovalIsRefusedThroughEngineRestAndChangesNothing() {
        everyWriteIsRefusedAndChangesNothing(ENGINE_REST);
    }

    @Test
    void everyEngineWriteOnACaseAwaitingApprovalIsRefusedThroughTheCamundaWebappsAndChangesNothing() {
        everyWriteIsRefusedAndChangesNothing(WEBAPP_ENGINE);
    }

    @Test
    void anAdministratorIsRefusedLikeAnAnalyst() {
        HardshipCase c = awaitingApproval();
        Map<String, Object> before = state(c);
        String task = openTask(c, ProcessIds.TASK_APPROVE_FILE).getId();
        Client admin = new Client("admin");
        assertThat(admin.send("POST", ENGINE_REST + "/task/" + task + "/complete", "{}").status()).isEqualTo(403);
        assertThat(admin.send("POST", WEBAPP_ENGINE + "/task/" + task + "/complete", "{}").status()).isEqualTo(403);
        assertThat(state(c)).isEqualTo(before);
        assertThat(audited("admin", "ENGINE_REQUEST_REFUSED", "POST " + ENGINE_REST + "/task/" + task + "/complete"))
                .isEqualTo(1);
    }

    @Test
    void pathTricksDoNotOpenTheDoors() {
        HardshipCase c = awaitingApproval();
        Map<String, Object> before = state(c);
        String task = openTask(c, ProcessIds.TASK_APPROVE_FILE).getId();
        Client analyst = new Client("analyst");
        for (String path : List.of(
                "/engine-rest/engine/default/task/" + task + "/complete",
                "/engine-rest/task/" + task + "/complete/",
                "/engine-rest/task/" + task + "/COMPLETE",
                "/engine-rest/TASK/" + task + "/complete",
                "/engine-rest/task/" + task + "/%63omplete",
                "/engine-rest/task/" + task + "%2Fcomplete",
                "/engine-rest/task/" + task + "%252Fcomplete",
                "/engine-rest//task/" + task + "/complete",
                "/engine-rest/task;x=1/" + task + "/complete",
                "/engine-rest/task/" + task + ";a=b/complete",
                "/engine-rest/task/x/../" + task + "/complete",
                "/engine-rest/./task/" + task + "/complete",
                "/camunda/api/engine/engine/default/task/" + task + "/complete/",
                "/camunda/api/engine/engine/default//task/" + task + "/complete",
                "/camunda/api/engine/engine/default/task/" + task + "/%63omplete")) {
            Reply reply = analyst.send("POST", path, "{}");
            assertThat(reply.status()).as(path + ": " + reply.body()).matches(s -> s < 200 || s > 299, "not a success");
        }
        assertThat(state(c)).isEqualTo(before);
        assertThat(audited("analyst", "ENGINE_REQUEST_REFUSED",
                "POST /engine-rest/engine/default/task/" + task + "/complete")).isEqualTo(1);
        assertThat(audited("analyst", "ENGINE_REQUEST_REFUSED", "POST /engine-rest/task/" + task + "/%63omplete"))
                .isEqualTo(1);
    }

    @Test
    void aMethodOverrideHeaderIsRefused() throws Exception {
        HardshipCase c = awaitingApproval();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + ENGINE_REST + "/task"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("analyst:demo1234".getBytes()))
                .header("X-HTTP-Method-Override", "DELETE")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(403);
        assertThat(hasTask(c, ProcessIds.TASK_APPROVE_FILE)).isTrue();
    }

    @Test
    void readsAndQueriesStillAnswerThroughBothDoors() {
        HardshipCase c = awaitingApproval();
        String task = openTask(c, ProcessIds.TASK_APPROVE_FILE).getId();
        String pi = fileProcess(c).getId();
        Client analyst = new Client("analyst");
        for (String door : List.of(ENGINE_REST, WEBAPP_ENGINE)) {
            assertThat(analyst.send("GET", door + "/process-definition?key=HardshipCaseProcess", null).status())
                    .isEqualTo(200);
            Reply list = analyst.send("GET", door + "/task?processInstanceBusinessKey=" + c.caseNo(), null);
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).contains(task);
            Reply query = analyst.send("POST", door + "/task",
                    "{\"processInstanceBusinessKey\":\"" + c.caseNo() + "\"}");
            assertThat(query.status()).as(door + ": " + query.body()).isEqualTo(200);
            assertThat(query.body()).contains(task);
            assertThat(analyst.send("POST", door + "/task/count", "{\"processInstanceId\":\"" + pi + "\"}").json()
                    .get("count").asInt()).isEqualTo(1);
            assertThat(analyst.send("POST", door + "/process-instance", "{\"businessKey\":\"" + c.caseNo() + "\"}")
                    .body()).contains(pi);
            assertThat(analyst.send("POST", door + "/history/process-instance/count",
                    "{\"processInstanceBusinessKey\":\"" + c.caseNo() + "\"}").status()).isEqualTo(200);
            assertThat(analyst.send("POST", door + "/variable-instance", "{\"processInstanceIdIn\":[\"" + pi + "\"]}")
                    .status()).isEqualTo(200);
            assertThat(analyst.send("GET", door + "/process-instance/" + pi + "/variables", null).status())
                    .isEqualTo(200);
        }
        assertThat(analyst.send("POST", "/camunda/api/cockpit/plugin/base/default/process-instance/count",
                "{\"processDefinitionId\":\"" + fileProcess(c).getProcessDefinitionId() + "\"}").status())
                .isEqualTo(200);
    }

    @Test
    void anAdministratorRetriesAFailedJobAndItIsAuditedButAnAnalystMayNot() {
        HardshipCase c = inNotice();
        Job timer = management.createJobQuery().processInstanceId(fileProcess(c).getId())
                .activityId("Event_NoticePeriodEnds").singleResult();
        management.setJobRetries(timer.getId(), 0); // as if it had failed three times
        String path = ENGINE_REST + "/job/" + timer.getId() + "/retries";

        assertThat(new Client("analyst").send("PUT", path, "{\"retries\":3}").status()).isEqualTo(403);
        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isZero();

        Reply retried = new Client("admin").send("PUT", path, "{\"retries\":3}");
        assertThat(retried.status()).as(retried.body()).isEqualTo(204);
        Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(after.getRetries()).isEqualTo(3);
        assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(audited("admin", "ENGINE_JOB_RETRIES", "PUT " + path)).isEqualTo(1);
        assertThat(audited("analyst", "ENGINE_REQUEST_REFUSED", "PUT " + path)).isEqualTo(1);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.NOTICE);
    }

    @Test
    void theReadmesWayOfEndingTheNoticeThroughEngineRestIsRefused() {
        HardshipCase c = inNotice();
        Job notice = management.createJobQuery().processInstanceId(fileProcess(c).getId())
                .activityId("Event_NoticePeriodEnds").singleResult();
        Reply reply = new Client("analyst").send("POST", ENGINE_REST + "/job/" + notice.getId() + "/execute", null);
        assertThat(reply.status()).isEqualTo(403);
        assertThat(reload(c).status()).isEqualTo(CaseStatus.NOTICE);
        assertThat(management.createJobQuery().jobId(notice.getId()).count()).isEqualTo(1);
    }

    @Test
    void theDevelopmentNoticeShortcutEndsTheNoticeForAnAnalystAndIsAudited() {
        HardshipCase c = inNotice();
        Client analyst = new Client("analyst");
        Reply ended = analyst.send("POST", "/api/dev/cases/" + c.caseNo() + "/end-notice", null);
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        assertThat(ended.json().get("status").asText()).isEqualTo("AWAITING_APPROVAL");
        assertThat(hasTask(c, ProcessIds.TASK_APPROVE_FILE)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_event WHERE actor = 'analyst' AND action = ? AND case_id = ?")
                .params("NOTICE_ENDED_BY_DEV_TOOL", c.id()).query(Long.class).single()).isEqualTo(1);

        Reply again = analyst.send("POST", "/api/dev/cases/" + c.caseNo() + "/end-notice", null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("not waiting for its notice");
    }

    @Test
    void theDevelopmentNoticeShortcutIsRefusedForACaseWorker() {
        HardshipCase c = inNotice();
        Reply refused = new Client(CW).send("POST", "/api/dev/cases/" + c.caseNo() + "/end-notice", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asText()).endsWith("/forbidden");
        assertThat(reload(c).status()).isEqualTo(CaseStatus.NOTICE);
        assertThat(hasTask(c, ProcessIds.TASK_APPROVE_FILE)).isFalse();
    }
}
