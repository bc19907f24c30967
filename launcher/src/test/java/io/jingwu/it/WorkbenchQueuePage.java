package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/** The workbench's "My queue" page, by its stable component ids. */
final class WorkbenchQueuePage {

    private static final By ROWS = By.cssSelector("#queue\\:table_data > tr");
    private static final By TRACKING_NUMBERS = By.cssSelector("#queue\\:table_data a.tracking-number");

    private final WebDriver browser;
    private final WebDriverWait wait;

    WorkbenchQueuePage(WebDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
        wait.ignoring(StaleElementReferenceException.class);
    }

    /** From the workbench's home page, by its link to the queue. */
    WorkbenchQueuePage openFromHome() {
        browser.findElement(By.id("openQueue")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("queue:table")));
        return this;
    }

    boolean headerLinksHere() {
        return browser.findElement(By.id("navQueue")).getAttribute("href").endsWith("/workbench/queue.xhtml");
    }

    List<String> trackingNumbers() {
        return browser.findElements(TRACKING_NUMBERS).stream().map(WebElement::getText).map(String::strip).toList();
    }

    List<String> priorities() {
        return browser.findElements(By.cssSelector("#queue\\:table_data .priority")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** Whether the table says that nothing matches (its one row is the empty message). */
    boolean isEmpty() {
        return !browser.findElements(By.cssSelector("#queue\\:table_data tr.ui-datatable-empty-message")).isEmpty();
    }

    /**
     * Chooses a value of the priority filter (empty for all) through the menu's own widget, as a click on its
     * animated panel may land on a neighbouring option; the change goes to the server as a click's would. Waits
     * until the rows shown satisfy {@code until}.
     */
    void filterByPriority(String value, Predicate<List<String>> until) {
        ((JavascriptExecutor) browser).executeScript(
                "const menu = PF('priorityFilter'); menu.selectValue(arguments[0]); menu.triggerChange();", value);
        awaitRows(until);
    }

    String priorityFilterLabel() {
        return browser.findElement(By.id("queue:priority_label")).getText().strip();
    }

    void nextPage(Predicate<List<String>> until) {
        browser.findElement(By.cssSelector("#queue\\:table .ui-paginator-next")).click();
        awaitRows(until);
    }

    void previousPage(Predicate<List<String>> until) {
        browser.findElement(By.cssSelector("#queue\\:table .ui-paginator-prev")).click();
        awaitRows(until);
    }

    String currentPage() {
        return browser.findElement(By.cssSelector("#queue\\:table .ui-paginator-page.ui-state-active")).getText().strip();
    }

    String claimTitle() {
        return browser.findElement(By.id("queue:claimNext")).getAttribute("title");
    }

    /** Presses the claim-next shortcut with no field focused, as a clerk reading the list would. */
    void pressClaimShortcut() {
        ((JavascriptExecutor) browser).executeScript("if (document.activeElement) document.activeElement.blur();");
        new Actions(browser).sendKeys("n").perform();
    }

    /** Waits for the browser to leave for the claimed request's address; returns it. */
    String awaitClaimedAddress() {
        wait.until(ExpectedConditions.urlContains("/workbench/request.xhtml?tn="));
        return browser.getCurrentUrl();
    }

    String message() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#queue\\:messages .ui-messages-info")))
                .getText().strip();
    }

    /** The live banner, once the page's poll brings it (the poll runs every 15 s). */
    String awaitNewUrgentBanner() {
        return new WebDriverWait(browser, Duration.ofSeconds(40))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("queue:newUrgentText"))).getText().strip();
    }

    List<String> rowCountdowns() {
        return browser.findElements(By.cssSelector("#queue\\:table_data .sla")).stream()
                .map(e -> e.getAttribute("class")).toList();
    }

    private void awaitRows(Predicate<List<String>> until) {
        wait.until(driver -> !driver.findElements(ROWS).isEmpty() && until.test(trackingNumbers()));
    }

    /** The banner's bank counter alerts, as the clerk reads them. */
    List<String> bankAlerts() {
        return browser.findElements(By.cssSelector("#queue\\:bankAlerts .bank-alert-text")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    /** "On our way" on the alert that names the branch; waits until the banner no longer shows it. */
    void acknowledgeBankAlert(String branch) {
        browser.findElements(By.cssSelector("#queue\\:bankAlerts .bank-alert")).stream()
                .filter(alert -> alert.getText().contains(branch)).findFirst().orElseThrow()
                .findElement(By.cssSelector(".bank-alert-acknowledge")).click();
        wait.until(driver -> bankAlerts().stream().noneMatch(text -> text.contains(branch)));
    }
}
