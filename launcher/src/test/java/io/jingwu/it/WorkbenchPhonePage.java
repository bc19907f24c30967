package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.List;

/**
 * The workbench's phone entry ({@code workbench/phone.xhtml}) by its stable ids: the fixed inputs are
 * {@code phone:<name>} with their refusal in {@code phone:<name>Error}; the service's own questions are the
 * catalogue's ({@link ServiceFieldsInputs}).
 */
final class WorkbenchPhonePage {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URI base;
    private final ServiceFieldsInputs service;

    WorkbenchPhonePage(WebDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
        this.service = new ServiceFieldsInputs(browser, wait, "phone");
    }

    /** Signs in on the workbench in the given language and opens the phone entry through the navigation. */
    WorkbenchPhonePage signInAndOpen(String username, String lang) {
        WorkbenchSignInPage signIn = new WorkbenchSignInPage(browser, wait, base);
        signIn.open("workbench/sign-in.xhtml?lang=" + lang);
        signIn.signIn(username, StaffAccounts.PASSWORD);
        browser.findElement(By.id("navPhone")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("phone:type")));
        return this;
    }

    /** Picks the type, then the service (by its catalogue code), waiting for the service's questions each time. */
    WorkbenchPhonePage service(String type, String category) {
        service.service(type, category);
        return this;
    }

    /** The labels of the service's own questions, in order. */
    List<String> questions() {
        return service.questions();
    }

    /** Types the answer to one of the service's own text-like questions. */
    WorkbenchPhonePage answer(String code, String text) {
        service.answer(code, text);
        return this;
    }

    /** Answers a yes-or-no question: its first choice is yes. */
    WorkbenchPhonePage yesNo(String code, boolean yes) {
        service.yesNo(code, yes);
        return this;
    }

    WorkbenchPhonePage type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    /** Types part of a place name and picks the suggestion that contains {@code choice}. */
    WorkbenchPhonePage place(String typed, String choice) {
        type("phone:division_input", typed);
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='phone:division_panel']//li[contains(., '" + choice + "')]"))).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("phone:division_panel")));
        return this;
    }

    /** Saves, and waits for the form to come back (with its refusals) or for the receipt. */
    void submit() {
        WebElement button = browser.findElement(By.id("phone:submit"));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("phone:trackingNumber")),
                ExpectedConditions.visibilityOfElementLocated(By.id("phone:submit"))));
    }

    /** The refusal beside one of the service's own questions, or an empty text. */
    String refusalOf(String code) {
        return service.refusalOf(code);
    }

    /** The refusal beside a fixed input ({@code description}, {@code contactPhone}, ...), or an empty text. */
    String refusalOfInput(String name) {
        return browser.findElements(By.id("phone:" + name + "Error")).stream()
                .map(e -> e.getText().strip()).findFirst().orElse("");
    }

    boolean saved() {
        return !browser.findElements(By.id("phone:trackingNumber")).isEmpty();
    }

    String trackingNumber() {
        return browser.findElement(By.id("phone:trackingNumber")).getText().strip();
    }

    /** Follows the receipt's link to the request's own page and waits for it. */
    void openRequest() {
        browser.findElement(By.id("phone:openRequest")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("trackingNumber")));
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }
}
