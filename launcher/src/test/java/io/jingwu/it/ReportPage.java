package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;

/** The portal's home page, by its stable component ids. */
final class ReportPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    private ReportPage(WebDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
    }

    static ReportPage open(WebDriver browser, WebDriverWait wait, URI base, String lang) {
        browser.get(base.resolve("?lang=" + lang).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:description")));
        return new ReportPage(browser, wait);
    }

    ReportPage describe(String text) {
        type("report:description", text);
        return this;
    }

    /** Types part of a place name and picks the suggestion that contains {@code choice}. */
    ReportPage pickPlace(String typed, String choice) {
        type("report:division_input", typed);
        WebElement suggestion = wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='report:division_panel']//li[contains(., '" + choice + "')]")));
        suggestion.click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("report:division_panel")));
        return this;
    }

    ReportPage contact(String name, String phone) {
        type("report:contactName", name);
        type("report:contactPhone", phone);
        return this;
    }

    void submit() {
        browser.findElement(By.id("report:submit")).click();
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("report:trackingNumber")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".ui-message-error"))));
    }

    String trackingNumber() {
        return browser.findElement(By.id("report:trackingNumber")).getText().strip();
    }

    String routingReason() {
        return browser.findElement(By.id("report:unit")).getText();
    }

    boolean hasReceipt() {
        return !browser.findElements(By.id("report:trackingNumber")).isEmpty();
    }

    String messageFor(String field) {
        return browser.findElement(By.xpath("//*[@id='report:" + field + "']/ancestor::div[contains(@class,'field')]"
                + "//*[contains(@class,'ui-message')]")).getText();
    }

    void track(String trackingNumber) {
        type("track:number", trackingNumber);
        browser.findElement(By.id("track:look")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("track:status")));
    }

    String trackedStatus() {
        return browser.findElement(By.id("track:status")).getText();
    }

    /** The service's promise, then the running stage's deadline. */
    String trackedPromise() {
        return browser.findElement(By.id("track:promise")).getText() + " / "
                + browser.findElement(By.id("track:stageDue")).getText();
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }
}
