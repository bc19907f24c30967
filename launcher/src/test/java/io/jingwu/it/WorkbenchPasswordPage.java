package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The workbench page where the signed-in member of staff changes their own password, by its stable ids. */
final class WorkbenchPasswordPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    WorkbenchPasswordPage(WebDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
    }

    /** Follows the link in the workbench's header. */
    WorkbenchPasswordPage openFromHeader() {
        browser.findElement(By.id("session:changePassword")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password:current")));
        return this;
    }

    /** Fills in the form and sends it; waits for the page's answer: an error or the notice that it changed. */
    void change(String current, String replacement, String repeated) {
        type("password:current", current);
        type("password:replacement", replacement);
        type("password:repeated", repeated);
        browser.findElement(By.id("password:submit")).click();
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("passwordChanged")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#password\\:messages .ui-messages-error"))));
    }

    /** The errors shown, one line each. */
    String errors() {
        return browser.findElement(By.id("password:messages")).getText().strip();
    }

    boolean changed() {
        return !browser.findElements(By.id("passwordChanged")).isEmpty();
    }

    String notice() {
        return browser.findElement(By.id("passwordChanged")).getText().strip();
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
