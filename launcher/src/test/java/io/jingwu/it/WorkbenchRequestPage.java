package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The workbench's request page ({@code workbench/request.xhtml?tn=...}) by its stable ids: each move is a form
 * named after it ({@code accept}, {@code dispatch}, ..., fields {@code form:field}, button {@code form:go}).
 */
final class WorkbenchRequestPage {

    /** Every move form the page may offer. */
    static final List<String> MOVES = List.of("accept", "dispatch", "start", "reply", "question", "followUp",
            "returnVisit", "priority", "transfer", "merge", "reject", "note");

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URI base;

    WorkbenchRequestPage(WebDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    /** Signs in on the English workbench and waits for the home page. */
    WorkbenchRequestPage signIn(String username) {
        WorkbenchSignInPage signIn = new WorkbenchSignInPage(browser, wait, base);
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(username, StaffAccounts.PASSWORD);
        return this;
    }

    void signOut() {
        new WorkbenchSignInPage(browser, wait, base).signOut();
    }

    WorkbenchRequestPage open(String trackingNumber) {
        browser.get(base.resolve("workbench/request.xhtml?tn=" + trackingNumber).toString());
        loaded();
        return this;
    }

    /** The status's name (e.g. {@code ACCEPTED}), from the badge's class. */
    String status() {
        return Arrays.stream(browser.findElement(By.id("status")).getAttribute("class").split(" "))
                .filter(c -> c.startsWith("status-")).map(c -> c.substring("status-".length())).findFirst().orElseThrow();
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    boolean shows(String id) {
        return !browser.findElements(By.id(id)).isEmpty();
    }

    /** The ids of the move forms on the page. */
    Set<String> offeredMoves() {
        return MOVES.stream().filter(this::shows).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The actions of the timeline in order, by their {@code EventAction} names. */
    List<String> timelineActions() {
        return browser.findElements(By.cssSelector("#timeline span.action")).stream()
                .map(e -> Arrays.stream(e.getAttribute("class").split(" ")).filter(c -> c.startsWith("action-"))
                        .map(c -> c.substring("action-".length())).findFirst().orElseThrow())
                .toList();
    }

    String timeline() {
        return text("timeline");
    }

    WorkbenchRequestPage type(String fieldId, String text) {
        WebElement field = browser.findElement(By.id(fieldId));
        field.clear();
        field.sendKeys(text);
        return this;
    }

    WorkbenchRequestPage choose(String selectId, String visibleTextPart) {
        Select select = new Select(browser.findElement(By.id(selectId)));
        String label = select.getOptions().stream().map(WebElement::getText)
                .filter(t -> t.contains(visibleTextPart)).findFirst().orElseThrow(() -> new AssertionError(visibleTextPart));
        select.selectByVisibleText(label);
        return this;
    }

    /** Submits the move's form and waits for the page that answers. */
    WorkbenchRequestPage submit(String move) {
        WebElement button = browser.findElement(By.id(move + ":go"));
        button.click();
        wait.until(Browsers.gone(button));
        loaded();
        return this;
    }

    /** What the move's form says after it was submitted (done, or why it was refused). */
    String messageOf(String form) {
        return text(form + ":messages");
    }

    /** The shortcut to the next step of the loop. */
    WorkbenchRequestPage pressNextStep() {
        WebElement status = browser.findElement(By.id("status"));
        new Actions(browser).keyDown(Keys.ALT).sendKeys("n").keyUp(Keys.ALT).perform();
        wait.until(Browsers.gone(status));
        loaded();
        return this;
    }

    /** Opens the reveal dialog, states the purpose and confirms. */
    WorkbenchRequestPage reveal(String purpose) {
        if (!browser.findElement(By.id("reveal:purpose")).isDisplayed()) {
            browser.findElement(By.id("revealOpen")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reveal:purpose")));
        type("reveal:purpose", purpose);
        return submit("reveal");
    }

    /** The page's own content, without the workbench's header. */
    String content() {
        return browser.findElement(By.cssSelector("main.workbench-main")).getText().strip();
    }

    String source() {
        return browser.getPageSource();
    }

    String sessionCookie() {
        return browser.manage().getCookieNamed("JSESSIONID").getValue();
    }

    private void loaded() {
        wait.until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("trackingNumber")),
                ExpectedConditions.presenceOfElementLocated(By.id("notFound")),
                ExpectedConditions.presenceOfElementLocated(By.id("transferred"))));
    }
}
