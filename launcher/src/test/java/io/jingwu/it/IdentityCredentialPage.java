package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.List;

/** {@code /identity/credential.xhtml}, by its stable component ids (under {@code credential:}). */
final class IdentityCredentialPage {

    private final WebDriver browser;
    private final WebDriverWait wait;

    private IdentityCredentialPage(WebDriver browser, WebDriverWait wait) {
        this.browser = browser;
        this.wait = wait;
    }

    static IdentityCredentialPage open(WebDriver browser, WebDriverWait wait, URI base, String lang) {
        browser.get(base.resolve("identity/credential.xhtml?lang=" + lang).toString());
        return opened(browser, wait);
    }

    static IdentityCredentialPage opened(WebDriver browser, WebDriverWait wait) {
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("credential:credentialStatus")),
                ExpectedConditions.visibilityOfElementLocated(By.id("noCredential"))));
        return new IdentityCredentialPage(browser, wait);
    }

    /** The status as the page words it. */
    String status() {
        return browser.findElement(By.id("credential:credentialStatus")).getText().strip();
    }

    /** The status as the API names it (VALID, REVOKED, EXPIRED). */
    String statusCode() {
        return browser.findElement(By.id("credential:credentialStatus")).getAttribute("data-status");
    }

    String code() {
        return browser.findElement(By.id("credential:credentialCode")).getText().strip();
    }

    boolean showsQrCode() {
        return !browser.findElements(By.cssSelector("[id='credential:credentialQr'] svg path")).isEmpty();
    }

    /** The friendly line shown while nobody has checked the credential, or an empty text. */
    String noChecks() {
        return browser.findElements(By.id("credential:noChecks")).stream().map(e -> e.getText().strip())
                .findFirst().orElse("");
    }

    /** The checks listed, newest first: institution, its kind, when, and what it was told. */
    List<List<String>> checks() {
        return browser.findElements(By.cssSelector("[id='credential:checks'] li.check")).stream()
                .map(check -> check.findElements(By.tagName("span")).stream()
                        .filter(part -> part.getAttribute("class").startsWith("check-"))
                        .map(part -> part.getText().strip()).toList())
                .toList();
    }

    boolean hasCredential() {
        return browser.findElements(By.id("noCredential")).isEmpty();
    }

    String missingText() {
        return browser.findElement(By.id("noCredential")).getText().strip();
    }

    boolean linksToVerification() {
        return browser.findElement(By.id("verifyLink")).getAttribute("href").endsWith("/identity/verify.xhtml");
    }

    /** Revokes through the confirmation dialog and waits for the page to show the outcome. */
    IdentityCredentialPage revoke() {
        WebElement status = browser.findElement(By.id("credential:credentialStatus"));
        browser.findElement(By.id("credential:revoke")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("credential:revokeYes"))).click();
        wait.until(Browsers.gone(status));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("credential:credentialStatus")));
        return this;
    }

    String revokedNotice() {
        return browser.findElement(By.id("credential:revokedNotice")).getText().strip();
    }

    /** What the holder is told when a newer credential for their document replaced this one. */
    String supersededNotice() {
        return browser.findElement(By.id("credential:supersededNotice")).getText().strip();
    }

    long sidewaysOverflow() {
        return sidewaysOverflow(browser);
    }

    static long sidewaysOverflow(WebDriver browser) {
        return (Long) ((JavascriptExecutor) browser).executeScript(
                "return Math.max(0, document.documentElement.scrollWidth - window.innerWidth);");
    }
}
