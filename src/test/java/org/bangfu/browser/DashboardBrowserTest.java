package org.bangfu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.bangfu.dashboard.DashboardFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The dashboard's charts are drawn by ECharts in headless Chromium, and a bad option shows a message instead. */
class DashboardBrowserTest extends BrowserTest {

    @Autowired JdbcClient jdbc;

    @AfterEach
    void clock() {
        DashboardFixture.resetClock();
    }

    @Test
    void theChartsAreDrawnAndABadOptionShowsAMessage() throws Exception {
        DashboardFixture fx = new DashboardFixture(jdbc, organization);
        login(fx.rootUser);
        browser.get(baseUrl() + "/dashboard");

        WebElement cases = visible("#dashboard-cases");
        waiting().until(ExpectedConditions.attributeToBe(cases, "data-state", "shown"));
        assertThat(cases.getAttribute("data-series")).isEqualTo("4");
        assertThat(cases.findElements(By.cssSelector("canvas"))).isNotEmpty();
        assertThat(cases.getSize().getHeight()).isEqualTo(320);
        WebElement money = visible("#dashboard-money");
        waiting().until(ExpectedConditions.attributeToBe(money, "data-series", "2"));
        assertThat(browser.findElements(By.cssSelector("#dashboard-stale-grid vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)).contains(fx.caseNo(fx.a), fx.caseNo(fx.d));
        screenshot("dashboard-01-charts");

        ((JavascriptExecutor) browser).executeScript("arguments[0].option = '{not json'", cases);
        waiting().until(ExpectedConditions.attributeToBe(cases, "data-state", "error"));
        assertThat(cases.findElement(By.cssSelector(".bangfu-echart-message")).getText()).contains("图表无法显示");
        assertThat(cases.getAttribute("data-error")).isNotBlank();
    }
}
