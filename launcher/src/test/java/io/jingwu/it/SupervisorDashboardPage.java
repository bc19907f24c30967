package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
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

    /** The texts of the escalation's row as the table shows them, but for the column of the reassign button. */
    List<String> rowTexts(String trackingNumber) {
        return browser.findElements(By.xpath("//*[@id='escalations:table_data']/tr[td[contains(@class,'tracking-number')"
                        + " and normalize-space()='" + trackingNumber + "']]/td[not(contains(@class,'actions'))]"))
                .stream().map(WebElement::getText).map(String::strip).toList();
    }

    /** Waits for Chart.js to draw the chart; its labels. */
    List<String> waitForChart(String id) {
        return Browsers.drawnChartLabels(browser, wait, id);
    }

    /** Whether a script of the page set this global variable. */
    boolean scriptSet(String variable) {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
                "return window[arguments[0]] !== undefined;", variable));
    }

    /**
     * What the CSV export button answers, fetched in this browser's session: the form posted as the button posts it,
     * the download read as text instead of saved.
     */
    String exportedCsv() {
        return new String(exported("exportCsv").body(), StandardCharsets.UTF_8);
    }

    /** What the Excel export button answers, fetched like {@link #exportedCsv()}: the workbook and its headers. */
    Download exportedExcel() {
        return exported("exportExcel");
    }

    /** A download: its content type, its Content-Disposition (which names the file) and its bytes. */
    record Download(String contentType, String disposition, byte[] body) {
    }

    @SuppressWarnings("unchecked")
    private Download exported(String button) {
        List<Object> answer = (List<Object>) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const form = document.getElementById('escalations');
                const data = new URLSearchParams(new FormData(form));
                data.append('escalations:' + arguments[0], '');
                fetch(form.action, {method: 'POST', body: data, credentials: 'same-origin'})
                    .then(r => r.blob().then(blob => { const reader = new FileReader();
                                    reader.onload = () => done([r.headers.get('Content-Type') || '',
                                            r.headers.get('Content-Disposition') || '',
                                            reader.result.split(',')[1] || '']);
                                    reader.readAsDataURL(blob); }),
                          e => done(['', '', '']));""", button);
        return new Download(String.valueOf(answer.get(0)), String.valueOf(answer.get(1)),
                Base64.getDecoder().decode(String.valueOf(answer.get(2))));
    }

    /** Whether the escalation's row offers to dispatch it to a colleague. */
    boolean offersReassign(String trackingNumber) {
        return !browser.findElements(reassignButton(trackingNumber)).isEmpty();
    }

    /** Dispatches the escalation to a colleague through the row's dialog; answers what the page then says. */
    String reassign(String trackingNumber, String colleague) {
        browser.findElement(reassignButton(trackingNumber)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reassign:confirm")));
        ((JavascriptExecutor) browser).executeScript("PF('reassignHandler').selectValue(arguments[0]);", colleague);
        WebElement table = browser.findElement(By.id("escalations:table"));
        browser.findElement(By.id("reassign:confirm")).click();
        wait.until(Browsers.gone(table));
        return browser.findElement(By.id("escalations:messages")).getText().strip();
    }

    private static By reassignButton(String trackingNumber) {
        return By.xpath("//*[@id='escalations:table_data']//tr[td[contains(@class,'tracking-number') and normalize-space()='"
                + trackingNumber + "']]//button[contains(@id,':reassign')]");
    }

    static boolean navigationOffersDashboard(WebDriver browser) {
        return !browser.findElements(By.id("navDashboard")).isEmpty();
    }
}
