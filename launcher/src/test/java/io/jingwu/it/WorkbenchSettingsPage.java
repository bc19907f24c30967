package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.List;

/** The administrators' settings pages of the workbench (SLA and calendar, text messages), by their stable ids. */
final class WorkbenchSettingsPage {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URI base;

    WorkbenchSettingsPage(WebDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    static boolean navigationOffersSettings(WebDriver browser) {
        return !browser.findElements(By.id("navSettings")).isEmpty();
    }

    /** Opens a settings page; waits for its title or for the page saying it is not allowed. */
    WorkbenchSettingsPage open(String page, String title) {
        browser.get(base.resolve("workbench/settings/" + page).toString());
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id(title)),
                ExpectedConditions.visibilityOfElementLocated(By.id("forbidden"))));
        return this;
    }

    boolean saysNotAllowed() {
        return !browser.findElements(By.id("forbidden")).isEmpty();
    }

    boolean shows(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /** Chooses a value of a select menu through its widget, as a click on its panel would. */
    void choose(String widgetVar, String value) {
        ((JavascriptExecutor) browser).executeScript(
                "const menu = PF(arguments[0]); menu.selectValue(arguments[1]); menu.triggerChange();", widgetVar, value);
        settle();
    }

    /** Whether the menu offers the value (its options are those of the chosen type, say). */
    boolean offers(String selectId, String value) {
        return !browser.findElements(By.cssSelector("#" + escape(selectId) + "_input option[value='" + value + "']"))
                .isEmpty();
    }

    void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void click(String id) {
        browser.findElement(By.id(id)).click();
        settle();
    }

    /** Clicks a button of the table row with the given style class (policy-{id}, day-{date}). */
    void clickInRow(String rowClass, String button) {
        browser.findElement(By.cssSelector("tr." + rowClass + " button[id$=':" + button + "']")).click();
        settle();
    }

    boolean hasRow(String rowClass) {
        return !browser.findElements(By.cssSelector("tr." + rowClass)).isEmpty();
    }

    /** The message shown beside a field, empty when none. */
    String messageBeside(String messageId) {
        return browser.findElement(By.id(messageId)).getText().strip();
    }

    String value(String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    /** The texts of the cells with the style class, row by row, in the table. */
    List<String> column(String tableId, String cellClass) {
        return browser.findElements(By.cssSelector("#" + escape(tableId) + "_data ." + cellClass)).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }

    private void settle() {
        wait.until(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.readyState === 'complete' && window.PrimeFaces !== undefined"
                        + " && PrimeFaces.ajax.Queue.isEmpty() && (!window.jQuery || jQuery.active === 0);"));
    }

    private static String escape(String id) {
        return id.replace(":", "\\:");
    }
}
