package org.bangfu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.bangfu.Fixtures;
import org.bangfu.casework.CaseIntake;
import org.bangfu.identification.HardshipCase;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case screen draws its process with bpmn-js in headless Chromium: the SVG is there, the open step carries the
 * current marker and the finished ones the done marker.
 */
class BpmnDiagramBrowserTest extends BrowserTest {

    @Autowired CaseIntake intake;

    @Test
    void theCaseScreenDrawsTheProcessAndMarksTheOpenStep() throws Exception {
        HardshipCase filed = intake.file(Fixtures.deepHardship(), user("cw_canyin"));
        login("cw_canyin");
        browser.get(baseUrl() + "/cases/" + filed.caseNo());

        WebElement diagram = visible("#case-diagram");
        waiting().until(ExpectedConditions.attributeToBe(diagram, "data-state", "shown"));
        assertThat(diagram.getAttribute("data-current")).isEqualTo("Task_FirstReview");
        assertThat(diagram.findElements(By.cssSelector(".djs-container svg"))).isNotEmpty();
        assertThat(diagram.findElements(By.cssSelector(
                ".bangfu-current[data-element-id='Task_FirstReview']"))).hasSize(1);
        assertThat(diagram.findElements(By.cssSelector(
                ".bangfu-done[data-element-id='Gateway_NeedsFirstReview']"))).hasSize(1);
        assertThat(diagram.findElements(By.cssSelector(
                ".bangfu-taken[data-element-id='Flow_CaseFiled_NeedsFirstReview']"))).hasSize(1);
        // Chinese element names are drawn as SVG text
        assertThat(diagram.findElement(By.cssSelector("[data-element-id='Task_FirstReview'] text")).getText())
                .isEqualTo("基层工会初审");
        assertThat(diagram.getSize().getHeight()).isEqualTo(360);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", diagram);
        screenshot("diagram-01-case-filed");
    }

    @Test
    void aModelThatCannotBeReadShowsAMessageInsteadOfTheDiagram() {
        HardshipCase filed = intake.file(Fixtures.deepHardship(), user("cw_canyin"));
        login("cw_canyin");
        browser.get(baseUrl() + "/cases/" + filed.caseNo());
        WebElement diagram = visible("#case-diagram");
        waiting().until(ExpectedConditions.attributeToBe(diagram, "data-state", "shown"));

        // the browser side alone: feed the element broken XML as the server would
        ((JavascriptExecutor) browser).executeScript("arguments[0].xml = '<definitions'", diagram);
        waiting().until(ExpectedConditions.attributeToBe(diagram, "data-state", "error"));
        assertThat(diagram.findElement(By.cssSelector(".bangfu-bpmn-message")).getText()).contains("流程图无法显示");
        assertThat(diagram.getAttribute("data-error")).isNotBlank();
    }

}
