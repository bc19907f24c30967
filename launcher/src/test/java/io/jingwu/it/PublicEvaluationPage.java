package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The public evaluation page (评估亮晒), by its stable component ids and the table's column classes. */
final class PublicEvaluationPage {

    static final List<String> COLUMNS = List.of("volume", "backflow", "diversion", "sla-accept", "sla-resolve",
            "median-accept", "median-resolve", "satisfaction");

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URI base;

    PublicEvaluationPage(WebDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    PublicEvaluationPage open(String path) {
        browser.get(base.resolve(path).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluationTitle")));
        return this;
    }

    String url() {
        return browser.getCurrentUrl();
    }

    String title() {
        return browser.findElement(By.id("evaluationTitle")).getText().strip();
    }

    /** The row of a unit, by the code shown beside its name: each column's text by its class. */
    Optional<Map<String, String>> row(String unitCode) {
        for (WebElement row : browser.findElements(By.cssSelector("#units_data > tr"))) {
            List<WebElement> unit = row.findElements(By.cssSelector("td.unit"));   // none in the "no requests" row
            if (!unit.isEmpty() && unit.get(0).getText().contains(unitCode)) {
                return Optional.of(COLUMNS.stream().collect(java.util.stream.Collectors.toMap(c -> c,
                        c -> cellText(row, c))));
            }
        }
        return Optional.empty();
    }

    String unitCell(String unitCode) {
        return browser.findElements(By.cssSelector("#units_data > tr td.unit")).stream().map(WebElement::getText)
                .filter(text -> text.contains(unitCode)).findFirst().orElse("");
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

    void showDivision(String prefix) {
        WebElement field = browser.findElement(By.id("period:division"));
        field.clear();
        field.sendKeys(prefix);
        WebElement before = browser.findElement(By.tagName("html"));
        browser.findElement(By.id("period:show")).click();
        wait.until(Browsers.gone(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("evaluationTitle")));
    }

    String error() {
        return browser.findElement(By.cssSelector("#period\\:messages .ui-messages-error")).getText().strip();
    }

    /** A cell's own text: PrimeFaces' reflow puts the column title in a span first, for phones. */
    private static String cellText(WebElement row, String column) {
        WebElement cell = row.findElement(By.cssSelector("td." + column));
        String text = cell.getText().strip();
        for (WebElement title : cell.findElements(By.cssSelector(".ui-column-title"))) {
            text = text.replace(title.getText(), "").strip();
        }
        return text;
    }
}
