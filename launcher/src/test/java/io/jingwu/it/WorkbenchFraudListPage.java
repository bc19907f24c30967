package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The workbench's anti-fraud list page, by its stable component ids; rows are found by their entry's source. */
final class WorkbenchFraudListPage {

    private static final By TITLE = By.id("fraudListTitle");
    private static final By FORBIDDEN = By.id("forbidden");

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URI base;

    WorkbenchFraudListPage(WebDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    /** Signs in on the open sign-in form and waits for the page signing in leads to: the list, or home. */
    WorkbenchFraudListPage signIn(String username, String password) {
        type("signIn:username", username);
        type("signIn:password", password);
        browser.findElement(By.id("signIn:submit")).click();
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(TITLE),
                ExpectedConditions.visibilityOfElementLocated(By.id("welcome"))));
        return this;
    }

    /** Opens the page in a language ({@code en}, {@code zh}, {@code ru}); waits for it or for the refusal. */
    WorkbenchFraudListPage open(String language) {
        browser.get(base.resolve("workbench/fraud-list.xhtml?lang=" + language).toString());
        wait.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(TITLE),
                ExpectedConditions.visibilityOfElementLocated(FORBIDDEN)));
        return this;
    }

    boolean showsTheList() {
        return !browser.findElements(TITLE).isEmpty();
    }

    boolean navigationOffersTheList() {
        return !browser.findElements(By.id("navFraudList")).isEmpty();
    }

    String url() {
        return browser.getCurrentUrl();
    }

    WorkbenchFraudListPage add(String kind, String value, String source) {
        ((JavascriptExecutor) browser).executeScript("PF('addKind').selectValue(arguments[0]);", kind);
        type("add:value", value);
        type("add:source", source);
        return submit("add");
    }

    /** Chooses the file and imports it. */
    WorkbenchFraudListPage importFile(Path csv) {
        browser.findElement(By.cssSelector("#import input[type='file']")).sendKeys(csv.toAbsolutePath().toString());
        return submit("import");
    }

    /** Every line of a refused import's errors. */
    List<String> importErrors() {
        return browser.findElements(By.cssSelector("#import\\:errors li")).stream()
                .map(item -> item.getText().strip()).toList();
    }

    /** The table's row of the entry with this source, if the page shows it. */
    Optional<WebElement> row(String source) {
        try {
            return browser.findElements(By.cssSelector("#list\\:table_data tr")).stream()
                    .filter(row -> row.findElements(By.cssSelector("td.source")).stream()
                            .anyMatch(cell -> cell.getText().strip().equals(source)))
                    .findFirst();
        } catch (StaleElementReferenceException redrawn) {
            return row(source);
        }
    }

    /** One cell of the entry's row, by its column's style class ({@code value}, {@code entry-status} ...). */
    String cell(String source, String column) {
        WebElement row = wait.until(driver -> row(source).orElse(null));
        return row.findElement(By.cssSelector("td." + column)).getText().strip();
    }

    /** Opens the reveal dialog of the entry's row. */
    WorkbenchFraudListPage openReveal(String source) {
        wait.until(driver -> row(source).orElse(null)).findElement(By.cssSelector("button[id$=':reveal']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal:purpose")));
        return this;
    }

    WorkbenchFraudListPage revealFor(String purpose) {
        type("reveal:purpose", purpose);
        WebElement button = browser.findElement(By.id("reveal:submit"));
        button.click();
        wait.until(Browsers.gone(button));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal:done")));
        return this;
    }

    /** The full value the dialog shows once; waits for it. */
    String revealed() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal:value"))).getAttribute("value");
    }

    boolean showsRevealDialog() {
        return browser.findElements(By.id("revealDialog")).stream().anyMatch(WebElement::isDisplayed);
    }

    /** Closes the reveal dialog, which forgets the value. */
    WorkbenchFraudListPage closeReveal() {
        browser.findElement(By.id("reveal:done")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("revealDialog")));
        return this;
    }

    /** Presses the row's "take off" and says yes when asked to confirm; waits for the table to be drawn again. */
    WorkbenchFraudListPage takeOff(String source) {
        WebElement button = wait.until(driver -> row(source).orElse(null))
                .findElement(By.cssSelector("button[id$=':remove']"));
        button.click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("list:confirmYes"))).click();
        wait.until(Browsers.gone(button));
        return this;
    }

    /** Ticks "also show entries taken off" and waits for the table to be drawn again. */
    WorkbenchFraudListPage showRemoved() {
        WebElement firstRow = browser.findElement(By.cssSelector("#list\\:table_data tr"));
        browser.findElement(By.cssSelector("#list\\:removedShown .ui-chkbox-box")).click();
        wait.until(Browsers.gone(firstRow));
        return this;
    }

    /** What a form says above its fields (saved, or a refusal about no one field). */
    String formMessage(String form) {
        return browser.findElement(By.id(form + ":messages")).getText().strip();
    }

    /** What is said beside one field ({@code form:field}). */
    String fieldMessage(String form, String field) {
        return browser.findElement(By.id(form + ":" + field + "Message")).getText().strip();
    }

    String source() {
        return browser.getPageSource();
    }

    /** Presses the form's submit button and waits for the form to be drawn again. */
    private WorkbenchFraudListPage submit(String form) {
        WebElement button = browser.findElement(By.id(form + ":submit"));
        button.click();
        wait.until(Browsers.gone(button));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(form + ":submit")));
        return this;
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
