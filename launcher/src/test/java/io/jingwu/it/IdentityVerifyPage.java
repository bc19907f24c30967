package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.LocalDate;

/** {@code /identity/verify.xhtml}, by its stable component ids (all under {@code verify:}). */
final class IdentityVerifyPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    private IdentityVerifyPage(WebDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
    }

    static IdentityVerifyPage open(WebDriver browser, WebDriverWait wait, URI base, String lang) {
        browser.get(base.resolve("identity/verify.xhtml?lang=" + lang).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:send")));
        return new IdentityVerifyPage(browser, wait);
    }

    /** Chooses the document by its value (RESIDENT_ID, PASSPORT, ...) and waits for its own inputs. */
    IdentityVerifyPage document(String choice, String firstInput) {
        WebElement radio = browser.findElement(By.cssSelector("input[name='verify:document'][value='" + choice + "']"));
        if (!radio.isSelected()) {
            WebElement fields = browser.findElement(By.id("verify:documentFields"));
            browser.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
            wait.until(Browsers.gone(fields));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verify:" + firstInput)));
        return this;
    }

    IdentityVerifyPage typedPassport(String number, String nationality, String surname, String givenNames,
                                     LocalDate born, LocalDate expires) {
        document("PASSPORT", "passportNumber");
        type("verify:passportNumber", number);
        new Select(browser.findElement(By.id("verify:nationality"))).selectByValue(nationality);
        type("verify:surname", surname);
        type("verify:givenNames", givenNames);
        date("verify:passportBirthDate", born);
        date("verify:expiryDate", expires);
        return this;
    }

    /** Switches a typed passport to its machine-readable zone, and types the zone's lines. */
    IdentityVerifyPage passportZone(String... lines) {
        WebElement fields = browser.findElement(By.id("verify:documentFields"));
        browser.findElement(By.id("verify:useZone")).click();
        wait.until(Browsers.gone(fields));
        type("verify:zone", String.join("\n", lines));
        return this;
    }

    IdentityVerifyPage residentCard(String number, String name) {
        document("RESIDENT_ID", "number");
        type("verify:number", number);
        type("verify:name", name);
        return this;
    }

    IdentityVerifyPage phone(String phone) {
        type("verify:phone", phone);
        return this;
    }

    /** Types part of a place name and picks the suggestion that contains {@code choice}. */
    IdentityVerifyPage livesIn(String typed, String choice) {
        type("verify:division_input", typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='verify:division_panel']//li[contains(., '" + choice + "')]"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("verify:division_panel")));
        return this;
    }

    /** Asks for the code; waits for the code step or the form with its refusals. */
    IdentityVerifyPage send() {
        click("verify:send");
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("verify:code")),
                ExpectedConditions.visibilityOfElementLocated(By.id("verify:send"))));
        return this;
    }

    boolean asksForTheCode() {
        return !browser.findElements(By.id("verify:code")).isEmpty();
    }

    String codeSentText() {
        return text("verify:codeSent");
    }

    /** Enters the code and confirms it; waits for the result or for the code step to come back. */
    IdentityVerifyPage confirm(String code) {
        type("verify:code", code);
        click("verify:confirm");
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("verify:result")),
                ExpectedConditions.visibilityOfElementLocated(By.id("verify:confirm"))));
        return this;
    }

    /** The refusal beside the document's inputs, or an empty text. */
    String documentError() {
        return text("verify:documentError");
    }

    /** The list of every refusal above the form, or an empty text. */
    String errorSummary() {
        return text("verify:errorSummary");
    }

    /** Why the last step did not go on (a limit, a refused code), or an empty text. */
    String notice() {
        return text("verify:notice");
    }

    String credentialCode() {
        return text("verify:credentialCode");
    }

    WebElement qrCode() {
        return browser.findElement(By.id("verify:credentialQr"));
    }

    /** The drawing of the QR code: the path data of the SVG inside its element. */
    String qrPathData() {
        return qrCode().findElement(By.cssSelector("svg path")).getAttribute("d");
    }

    String seen(String what) {
        return text("verify:seen" + what);
    }

    String trackingNumber() {
        return text("verify:trackingNumber");
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    IdentityCredentialPage openCredential() {
        browser.findElement(By.id("credentialLink")).click();
        return IdentityCredentialPage.opened(browser, wait);
    }

    /** Follows the link to the progress check on the home page. */
    ReportPage followProgress() {
        browser.findElement(By.id("trackLink")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("track:status")));
        return ReportPage.opened(browser, wait);
    }

    /** How far the page reaches beyond the screen sideways, in CSS pixels (0 when nothing scrolls sideways). */
    long sidewaysOverflow() {
        return IdentityCredentialPage.sidewaysOverflow(browser);
    }

    private String text(String id) {
        return browser.findElements(By.id(id)).stream().map(e -> e.getText().strip()).findFirst().orElse("");
    }

    private void click(String id) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        button.click();
        wait.until(Browsers.gone(button));
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }

    /** A date input takes its value as the browser's own date picker would give it. */
    private void date(String id, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                browser.findElement(By.id(id)), date.toString());
    }
}
