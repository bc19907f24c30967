package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.List;

/** {@code /fraud/check.xhtml}, by its stable ids (the form's under {@code check:}). */
final class FraudCheckPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    private FraudCheckPage(WebDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
    }

    static FraudCheckPage open(WebDriver browser, WebDriverWait wait, URI base, String lang) {
        browser.get(base.resolve("fraud/check.xhtml?lang=" + lang).toString());
        return opened(browser, wait);
    }

    static FraudCheckPage opened(WebDriver browser, WebDriverWait wait) {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check:submit")));
        return new FraudCheckPage(browser, wait);
    }

    /** Chooses what to check by its value (TEXT, PHONE, URL, ACCOUNT, OFFICER) and waits for its inputs. */
    FraudCheckPage choose(String type, String firstInput) {
        WebElement radio = browser.findElement(By.cssSelector("input[name='check:type'][value='" + type + "']"));
        if (!radio.isSelected()) {
            WebElement inputs = browser.findElement(By.id("check:inputs"));
            browser.findElement(By.cssSelector("label[for='" + radio.getAttribute("id") + "']")).click();
            wait.until(Browsers.gone(inputs));
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check:" + firstInput)));
        return this;
    }

    /** Moves the choice of what to check one down with the arrow key, as a keyboard user does. */
    FraudCheckPage chooseNextWithTheKeyboard(String firstInput) {
        WebElement inputs = browser.findElement(By.id("check:inputs"));
        browser.findElement(By.cssSelector("input[name='check:type']:checked")).sendKeys(Keys.ARROW_DOWN);
        wait.until(Browsers.gone(inputs));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check:" + firstInput)));
        return this;
    }

    String chosen() {
        return browser.findElement(By.cssSelector("input[name='check:type']:checked")).getAttribute("value");
    }

    FraudCheckPage text(String text) {
        type("check:text", text);
        return this;
    }

    FraudCheckPage phone(String phone) {
        type("check:phone", phone);
        return this;
    }

    /** Checks with the button; waits for the verdict, a message or the refusals. */
    FraudCheckPage check() {
        return checkBy(() -> wait.until(ExpectedConditions.elementToBeClickable(By.id("check:submit"))).click());
    }

    private FraudCheckPage checkBy(Runnable action) {
        WebElement outcome = browser.findElement(By.id("check:outcome"));
        action.run();
        wait.until(Browsers.gone(outcome));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("check:outcome")));
        return this;
    }

    boolean hasVerdict() {
        return !browser.findElements(By.id("riskBanner")).isEmpty();
    }

    /** SAFE, CAUTION or DANGER, as the banner is marked. */
    String risk() {
        return browser.findElement(By.id("riskBanner")).getAttribute("data-risk");
    }

    /** The risk in words, as the banner says it. */
    String riskWord() {
        return textOf("riskWord");
    }

    List<String> reasons() {
        return texts("#reasons > li");
    }

    List<String> advice() {
        return texts("#advice > li .advice-text");
    }

    /** The tap-to-call links of the verdict, in their order. */
    List<String> callLinks() {
        return browser.findElements(By.cssSelector(".verdict a.call-link")).stream()
                .map(link -> link.getAttribute("href")).toList();
    }

    /** The values found in a text as {@code type:risk}, e.g. {@code phone:DANGER}. */
    List<String> found() {
        return browser.findElements(By.cssSelector("#found > li")).stream()
                .map(value -> value.getAttribute("data-type") + ":" + value.getAttribute("data-risk")).toList();
    }

    boolean offersToReport() {
        return !browser.findElements(By.id("reportLink")).isEmpty();
    }

    /** The refusal beside an input ({@code phone}, {@code text}, {@code officerPhone}, ...), or an empty text. */
    String errorBeside(String input) {
        return textOf("check:" + input + "Error");
    }

    String ariaInvalid(String input) {
        return browser.findElement(By.id("check:" + input)).getAttribute("aria-invalid");
    }

    /** Why a check was not made (the allowance used up), or an empty text. */
    String notice() {
        return textOf("check:notice");
    }

    String notStored() {
        return textOf("notStored");
    }

    /** The id of the element that has the keyboard's focus. */
    String focused() {
        return (String) ((JavascriptExecutor) browser).executeScript("return document.activeElement.id;");
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }

    long sidewaysOverflow() {
        return IdentityCredentialPage.sidewaysOverflow(browser);
    }

    private List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(e -> e.getText().strip()).toList();
    }

    private String textOf(String id) {
        return browser.findElements(By.id(id)).stream().map(e -> e.getText().strip()).findFirst().orElse("");
    }

    private void type(String id, String text) {
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        input.clear();
        input.sendKeys(text);
    }
}
