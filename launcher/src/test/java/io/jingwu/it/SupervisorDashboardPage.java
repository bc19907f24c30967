package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.List;

/** The workbench's supervisor dashboard, by its stable component ids. */
final class SupervisorDashboardPage {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URI base;

    SupervisorDashboardPage(WebDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    /** Opens the dashboard; waits for it or for the page saying it is not allowed. */
    SupervisorDashboardPage open() {
        browser.get(base.resolve("workbench/dashboard.xhtml").toString());
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("dashboardTitle")),
                ExpectedConditions.visibilityOfElementLocated(By.id("forbidden"))));
        return this;
    }

    boolean showsDashboard() {
        return !browser.findElements(By.id("dashboardTitle")).isEmpty();
    }

    boolean saysNotAllowed() {
        return !browser.findElements(By.id("forbidden")).isEmpty();
    }

    boolean hasEscalationsTable() {
        return !browser.findElements(By.id("escalations:table")).isEmpty();
    }

    /** The tracking numbers in the escalations table. */
    List<String> escalations() {
        return browser.findElements(By.cssSelector("#escalations\\:table_data td.tracking-number")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    void waitForChart(String id) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#" + id + " canvas")));
    }

    /**
     * What the CSV export button answers, fetched in this browser's session: the form posted as the button posts it,
     * the download read as text instead of saved.
     */
    String exportedCsv() {
        Object text = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('escalations');
                const data = new URLSearchParams(new FormData(form));
                data.append('escalations:exportCsv', '');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(r => r.text()).then(done, e => done('failed: ' + e));""");
        return String.valueOf(text);
    }

    static boolean navigationOffersDashboard(WebDriver browser) {
        return !browser.findElements(By.id("navDashboard")).isEmpty();
    }
}
