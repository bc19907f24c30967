package io.jingwu.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The citizen portal in headless Debian Chromium, as a resident on a phone uses it. */
abstract class PortalBrowserChecks extends DeployedApplication {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium(Browsers.PHONE);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    /** A failure behind a page's button is logged once on the server, under the reference its error dialog shows. */
    @Test
    void aFailureBehindAPageShowsTheReferenceItWasLoggedUnder() {
        browser.get(base().resolve("test-support/failing.xhtml?lang=en").toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("failing:fail"))).click();

        WebElement reference = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(
                "#errorDialog .failure-reference")));
        assertTrue(reference.getText().matches("Reference of this failure: [0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}"),
                reference.getText());
    }

    @Test
    void aResidentReportsADisputeAndGetsATrackingNumber() {
        ReportPage page = ReportPage.open(browser, wait, base(), "zh");
        page.service("DISPUTE", "unpaid-wages")
                .answer("employerName", "织里镇大河路童装加工厂")
                .answer("amountOwed", "12000")
                .answer("monthsOwed", "2")
                .describe("老板拖欠我两个月工资，多次讨要无果。")
                .pickPlace("织里", "织里镇")
                .contact("张三", "13800138000")
                .submit();

        String trackingNumber = page.trackingNumber();
        assertTrue(trackingNumber.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), trackingNumber);
        assertTrue(page.routingReason().contains("织里民生服务队"), page.routingReason());

        Http.Reply followed = new Http(base()).get("api/v1/requests/" + trackingNumber);
        assertEquals(200, followed.status());
        assertEquals("HUZ-ZL-LIVELIHOOD", followed.json().getJsonObject("unit").getString("code"));
        assertEquals("unpaid-wages", followed.json().getString("category"));

        page.track(trackingNumber);
        assertEquals("已提交", page.trackedStatus());
        assertTrue(page.trackedPromise().matches("受理：30分钟内；办结：2天内 / \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                page.trackedPromise());
    }

    @Test
    void mistakesAreShownBesideTheirFieldsInEnglish() {
        ReportPage page = ReportPage.open(browser, wait, base(), "en");
        page.service("DISPUTE", "unpaid-wages").answer("amountOwed", "12000").answer("monthsOwed", "0")
                .describe("abc").contact("", "12345").submit();

        String phoneMessage = page.messageFor("contactPhone");
        assertTrue(phoneMessage.contains("This phone number is not valid"), phoneMessage);
        assertTrue(page.messageFor("division").contains("Please choose where it happened"), page.messageFor("division"));
        assertTrue(page.messageFor("contactName").contains("Please give a contact name"));
        assertFalse(page.refusalOf("employerName").isEmpty(), "the service's own required question");
        assertFalse(page.refusalOf("monthsOwed").isEmpty(), "a number below the service's least");
        assertEquals("", page.refusalOf("amountOwed"));
        assertFalse(page.hasReceipt());
    }
}
