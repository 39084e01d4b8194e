package org.bangfu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.bangfu.Fixtures;
import org.bangfu.casework.CaseIntake;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The engine's doors refuse writes, but Cockpit, Tasklist and Admin still load: an analyst opens their pages (the
 * dashboard, a process definition, a running case, the task list, users and system) and none of the requests they
 * make on the way is refused.
 */
class EngineWebappsBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;
    @Autowired RuntimeService runtime;
    @Autowired RepositoryService repository;
    @Autowired CaseIntake intake;

    private List<String> refusals() {
        return jdbc.sql("SELECT detail FROM audit_event WHERE actor = 'analyst' AND action = 'ENGINE_REQUEST_REFUSED' "
                + "ORDER BY id").query(String.class).list();
    }

    private void load(String path) {
        browser.get(baseUrl() + path);
        waiting().until(b -> "complete".equals(((JavascriptExecutor) b).executeScript("return document.readyState")));
        try {
            Thread.sleep(5000); // the Angular apps fetch their data after the page has loaded
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void cockpitTasklistAndAdminLoadWithoutARefusedEngineRequest() throws Exception {
        String caseNo = intake.file(Fixtures.deepHardship(), user("cw_canyin")).caseNo();
        login("analyst");
        List<String> before = refusals();
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(
                "HardshipCaseProcess").latestVersion().singleResult();
        List<String> pages = new ArrayList<>(List.of(
                "/camunda/app/cockpit/default/#/dashboard",
                "/camunda/app/cockpit/default/#/processes",
                "/camunda/app/cockpit/default/#/process-definition/" + definition.getId() + "/runtime",
                "/camunda/app/cockpit/default/#/decisions",
                "/camunda/app/cockpit/default/#/deployments",
                "/camunda/app/tasklist/default/",
                "/camunda/app/admin/default/#/users",
                "/camunda/app/admin/default/#/groups",
                "/camunda/app/admin/default/#/system?section=system-settings-general",
                "/camunda/app/welcome/default/"));
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .singleResult();
        pages.add("/camunda/app/cockpit/default/#/process-instance/" + running.getId() + "/runtime");
        pages.add("/camunda/app/cockpit/default/#/process-instance/" + running.getId()
                + "/runtime?tab=variables-tab");
        for (String page : pages) {
            load(page);
            assertThat(browser.getCurrentUrl()).as(page).contains("/camunda/app/");
        }
        screenshot("engine-doors-cockpit-instance");
        assertThat(browser.getPageSource()).contains("Task_FirstReview");
        assertThat(refusals()).as("engine requests refused while the webapps loaded").isEqualTo(before);
    }
}
