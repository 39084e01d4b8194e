package org.bangfu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.bangfu.Fixtures;
import org.bangfu.IntegrationTest;
import org.bangfu.casework.CaseIntake;
import org.bangfu.identification.HardshipCase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case screen draws its process with bpmn-js in headless Chromium: the SVG is there, the open step carries the
 * current marker and the finished ones the done marker. Browser setup as in {@link BrowserJourneyTest}.
 */
class BpmnDiagramBrowserTest extends IntegrationTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    private static WebDriver browser;

    @Autowired CaseIntake intake;

    @BeforeAll
    static void startBrowser() {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        if (!present && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            System.err.println("!!! WARNING: no /usr/bin/chromium + /usr/bin/chromedriver: diagram browser test skipped");
        }
        Assumptions.assumeTrue(present || "true".equalsIgnoreCase(System.getenv("CI")),
                "apt-get install chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run",
                "--disable-sync", "--window-size=1280,900", "--lang=zh-CN");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build(), options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    private void login(String username) {
        browser.get(baseUrl() + "/login");
        visible("vaadin-login-form input[name='username']").sendKeys(username);
        visible("vaadin-login-form input[name='password']").sendKeys("demo1234", Keys.ENTER);
        visible("#current-user");
    }

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

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
