package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.List;

/** The workbench's administration pages (users, units, routing rules, institutions), by their stable component ids. */
final class WorkbenchAdminPage {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URI base;

    WorkbenchAdminPage(WebDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    /**
     * Opens {@code users}, {@code units}, {@code routing} or {@code institutions}; waits for it or for the page saying
     * it is not allowed.
     */
    WorkbenchAdminPage open(String page) {
        browser.get(base.resolve("workbench/admin/" + page + ".xhtml?lang=en").toString());
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("h1[id^='admin']")),
                ExpectedConditions.visibilityOfElementLocated(By.id("forbidden"))));
        return this;
    }

    boolean saysNotAllowed() {
        return !browser.findElements(By.id("forbidden")).isEmpty();
    }

    boolean showsTitle(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    static boolean navigationOffersAdministration(WebDriver browser) {
        return !browser.findElements(By.id("navAdmin")).isEmpty();
    }

    WorkbenchAdminPage type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Ticks a role in the new user form by its label (a PrimeFaces checkbox hides its input). */
    WorkbenchAdminPage tickRole(String role) {
        List<WebElement> boxes = browser.findElements(By.cssSelector("#create\\:roles input[type='checkbox']"));
        WebElement box = boxes.stream().filter(b -> role.equals(b.getAttribute("value"))).findFirst()
                .orElseThrow(() -> new AssertionError(role));
        browser.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).click();
        return this;
    }

    /** Chooses a value of a PrimeFaces select menu through its widget. */
    WorkbenchAdminPage choose(String widgetVar, String value) {
        ((JavascriptExecutor) browser).executeScript("PF(arguments[0]).selectValue(arguments[1]);", widgetVar, value);
        return this;
    }

    /** Presses the form's submit button and waits for the form to be drawn again. */
    WorkbenchAdminPage submit(String form) {
        WebElement button = browser.findElement(By.id(form + ":submit"));
        button.click();
        wait.until(Browsers.gone(button));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(form + ":submit")));
        return this;
    }

    /** Narrows the users table to the accounts whose name contains the text, and waits for it to be drawn again. */
    WorkbenchAdminPage filterUsers(String text) {
        WebElement firstRow = browser.findElement(By.cssSelector("#users\\:table_data tr"));
        type("users:table:usernameColumn:filter", text);
        wait.until(Browsers.gone(firstRow));
        return this;
    }

    /** Opens the change dialog of the table's first row. */
    WorkbenchAdminPage openChangeDialog() {
        browser.findElement(By.id("users:table:0:change")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:displayName")));
        return this;
    }

    /** Narrows the institutions table to those whose name contains the text, and waits for it to be drawn again. */
    WorkbenchAdminPage filterInstitutions(String text) {
        WebElement firstRow = browser.findElement(By.cssSelector("#institutions\\:table_data tr"));
        type("institutions:table:nameColumn:filter", text);
        wait.until(Browsers.gone(firstRow));
        return this;
    }

    /** The institutions table's row of the institution with this name (after {@link #filterInstitutions}). */
    WebElement institutionRow(String name) {
        return wait.until(driver -> {
            try {
                return driver.findElements(By.cssSelector("#institutions\\:table_data tr")).stream()
                        .filter(row -> row.findElements(By.cssSelector("td.name")).stream()
                                .anyMatch(cell -> cell.getText().strip().equals(name)))
                        .findFirst().orElse(null);
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
    }

    /** One cell of the institution's row, by its column's style class ({@code institution-status}, {@code key-prefix} ...). */
    String institutionCell(String name, String column) {
        return institutionRow(name).findElement(By.cssSelector("td." + column)).getText().strip();
    }

    /** The key shown once, after adding an institution or giving it a new key: waits for the key dialog. */
    String issuedKey() {
        WebElement key = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("key:value")));
        return key.getAttribute("value");
    }

    boolean showsKeyDialog() {
        return browser.findElements(By.id("key:value")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** "I have copied the key": closes the key dialog, which forgets the key. */
    WorkbenchAdminPage keyCopied() {
        browser.findElement(By.id("key:done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("keyDialog")));
        return this;
    }

    /** Opens the change dialog of the institution's row. */
    WorkbenchAdminPage openInstitutionChange(String name) {
        institutionRow(name).findElement(By.cssSelector("button[id$=':change']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("edit:checksPerMinute")));
        return this;
    }

    /** Presses a button of the institution's row ({@code revoke}, {@code rotate}) and says yes when asked to confirm. */
    WorkbenchAdminPage confirmInRow(String name, String action) {
        WebElement button = institutionRow(name).findElement(By.cssSelector("button[id$=':" + action + "']"));
        button.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("institutions:confirmYes"))).click();
        wait.until(Browsers.gone(button));
        return this;
    }

    /** What the form says above its fields (saved, or a refusal about no one field). */
    String formMessage(String form) {
        return browser.findElement(By.id(form + ":messages")).getText().strip();
    }

    /** What is said beside one field ({@code form:field}). */
    String fieldMessage(String form, String field) {
        return text(form + ":" + field + "Message");
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }
}
