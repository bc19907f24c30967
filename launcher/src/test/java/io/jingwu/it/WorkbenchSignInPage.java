package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

/** The workbench's sign-in page and the home page behind it, by their stable component ids. */
final class WorkbenchSignInPage {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URI base;

    WorkbenchSignInPage(WebDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    /** Opens a workbench address; without a session the browser lands on the sign-in form. */
    WorkbenchSignInPage open(String path) {
        browser.get(base.resolve(path).toString());
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("signIn:username")),
                ExpectedConditions.visibilityOfElementLocated(By.id("welcome"))));
        return this;
    }

    boolean showsSignInForm() {
        return !browser.findElements(By.id("signIn:username")).isEmpty();
    }

    String url() {
        return browser.getCurrentUrl();
    }

    /** Submits the form and waits for the home page or the refusal. */
    void signIn(String username, String password) {
        type("signIn:username", username);
        type("signIn:password", password);
        browser.findElement(By.id("signIn:submit")).click();
        wait.until(ExpectedConditions.or(
                ExpectedConditions.visibilityOfElementLocated(By.id("welcome")),
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#signIn\\:messages .ui-messages-error"))));
    }

    String refusal() {
        return browser.findElement(By.cssSelector("#signIn\\:messages .ui-messages-error")).getText().strip();
    }

    String welcome() {
        return browser.findElement(By.id("welcome")).getText().strip();
    }

    String units() {
        return browser.findElement(By.id("units")).getText();
    }

    void signOut() {
        browser.findElement(By.id("session:signOut")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signIn:username")));
    }

    /**
     * Lets the page live through the given time at once, on Chromium's virtual clock: its timers fire as they would
     * have, while the clerk touches nothing. Time stands still while the page waits for the server.
     */
    void letTimePass(Duration time) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setVirtualTimePolicy",
                Map.of("policy", "pauseIfNetworkFetchesPending", "budget", time.toMillis()));
    }

    /** Whether the warning that the session is about to end shows; waits a little for it when it is due. */
    boolean idleWarningShown() {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(5))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("idleWarning")));
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    /**
     * Answers the warning with its button, and waits until the warning is gone. Virtual time stands still once
     * {@link #letTimePass} has used its budget, so a few seconds are given for the page to take the answer in.
     */
    void staySignedIn() {
        browser.findElement(By.id("idle:staySignedIn")).click();
        letTimePass(Duration.ofSeconds(3));
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.invisibilityOfElementLocated(By.id("idleWarning")));
    }

    Cookie sessionCookie() {
        return browser.manage().getCookieNamed("JSESSIONID");
    }

    private void type(String id, String text) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
