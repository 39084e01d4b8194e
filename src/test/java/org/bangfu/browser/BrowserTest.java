package org.bangfu.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.bangfu.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
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

/**
 * Base of the browser tests: Debian's headless Chromium and chromedriver given by path (nothing is downloaded),
 * the app of the shared test context, and the few steps every journey needs. Without a browser the tests are
 * skipped with a loud warning, except under {@code CI=true}, where they must run.
 */
abstract class BrowserTest extends IntegrationTest {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File DRIVER = new File("/usr/bin/chromedriver");
    protected static WebDriver browser;

    @BeforeAll
    static void startBrowser() {
        boolean present = CHROMIUM.canExecute() && DRIVER.canExecute();
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        if (!present && !ci) {
            System.err.println("!!! WARNING: no /usr/bin/chromium + /usr/bin/chromedriver: browser tests skipped");
        }
        Assumptions.assumeTrue(present || ci, "apt-get install chromium chromium-driver");
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
            browser = null;
        }
    }

    protected WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    protected WebElement visible(String css) {
        return waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Scrolls the element into view first: forms run below the fold at 1280x900. */
    protected void click(String css) {
        click(visible(css));
    }

    protected void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        waiting().until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Types into a Vaadin field (its input or textarea), scrolled into view first. */
    protected void type(String fieldId, String text) {
        WebElement input = visible("#" + fieldId + " input, #" + fieldId + " textarea");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.clear();
        input.sendKeys(text);
    }

    /** Picks the combo box item whose text contains the label. */
    protected void pick(String comboId, String label) {
        WebElement input = visible("#" + comboId + " input");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
        input.sendKeys(label);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//vaadin-combo-box-item[contains(., '" + label + "')]"))).click();
    }

    protected void logout() {
        click("#logout");
        waiting().until(ExpectedConditions.urlContains("/login"));
    }

    protected void login(String username) {
        browser.get(baseUrl() + "/login");
        visible("vaadin-login-form input[name='username']").sendKeys(username);
        visible("vaadin-login-form input[name='password']").sendKeys("demo1234", Keys.ENTER);
        visible("#current-user");
    }

    protected void screenshot(String name) throws Exception {
        Path dir = Path.of("target/screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
