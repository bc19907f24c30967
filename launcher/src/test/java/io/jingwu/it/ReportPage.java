package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.List;

/** The portal's home page, by its stable component ids. */
final class ReportPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    private final ServiceFieldsInputs service;

    private ReportPage(WebDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
        this.service = new ServiceFieldsInputs(browser, wait, "report");
    }

    static ReportPage open(WebDriver browser, WebDriverWait wait, URI base, String lang) {
        browser.get(base.resolve("?lang=" + lang).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:description")));
        return new ReportPage(browser, wait);
    }

    /** The home page the browser has just been led to. */
    static ReportPage opened(WebDriver browser, WebDriverWait wait) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report:description")));
        return new ReportPage(browser, wait);
    }

    /** Picks the type, then the service (by its catalogue code). */
    ReportPage service(String type, String category) {
        service.service(type, category);
        return this;
    }

    /** Answers one of the service's own text-like questions. */
    ReportPage answer(String code, String text) {
        service.answer(code, text);
        return this;
    }

    /** The labels of the service's own questions, in order (a required one ends in {@code *}). */
    List<String> questions() {
        return service.questions();
    }

    /** The refusal beside one of the service's own questions, or an empty text. */
    String refusalOf(String code) {
        return service.refusalOf(code);
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

    /** Sends the report, and waits for the form to come back (with its refusals) or for the receipt. */
    void submit() {
        WebElement button = browser.findElement(By.id("report:submit"));
        button.click();
        wait.until(Browsers.gone(button));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("report:trackingNumber")),
                ExpectedConditions.visibilityOfElementLocated(By.id("report:submit"))));
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

    /** The refusal beside a fixed input ({@code description}, {@code contactPhone}, ...), or an empty text. */
    String messageFor(String input) {
        return browser.findElements(By.id("report:" + input + "Error")).stream()
                .map(e -> e.getText().strip()).findFirst().orElse("");
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
