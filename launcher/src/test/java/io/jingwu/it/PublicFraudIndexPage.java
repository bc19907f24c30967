package io.jingwu.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.util.List;

/** The public anti-fraud index page (反诈指数), by its stable ids: {@code county-<code>} for each county of the day. */
final class PublicFraudIndexPage {

    private final WebDriver browser;
    private final WebDriverWait wait;
    private final URI base;

    PublicFraudIndexPage(WebDriver browser, WebDriverWait wait, URI base) {
        this.browser = browser;
        this.wait = wait;
        this.base = base;
    }

    PublicFraudIndexPage open(String path) {
        browser.get(base.resolve(path).toString());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("fraudIndexTitle")));
        return this;
    }

    String title() {
        return browser.findElement(By.id("fraudIndexTitle")).getText().strip();
    }

    WebElement county(String code) {
        return browser.findElement(By.id("county-" + code));
    }

    /** Opens the county from the list of every county, as a resident taps it. */
    void choose(String code) {
        WebElement before = browser.findElement(By.tagName("html"));
        county(code).click();
        wait.until(Browsers.gone(before));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("districtLevel")));
    }

    WebElement level() {
        return browser.findElement(By.id("districtLevel"));
    }

    String text(String id) {
        return browser.findElement(By.id(id)).getText().strip();
    }

    /** One line of the chosen county's figures, by its class: victims, alarms, contacts, net-loss. */
    String figure(String kind) {
        return browser.findElement(By.cssSelector("#districtFigures ." + kind)).getText().strip();
    }

    List<String> scams() {
        return browser.findElements(By.cssSelector("#topScams li")).stream().map(li -> li.getText().strip()).toList();
    }

    String checkLink() {
        return browser.findElement(By.id("checkLink")).getAttribute("href");
    }

    /** Waits for Chart.js to draw the trend; its labels, one per day. */
    List<String> waitForTrend() {
        return Browsers.drawnChartLabels(browser, wait, "trendChart");
    }

    String notice() {
        return browser.findElement(By.id("notice")).getText().strip();
    }

    long sidewaysOverflow() {
        return IdentityCredentialPage.sidewaysOverflow(browser);
    }
}
