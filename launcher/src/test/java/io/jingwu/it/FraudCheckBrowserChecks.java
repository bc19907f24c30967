package io.jingwu.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Is this a scam?" ({@code /fraud/check.xhtml}) in headless Chromium on the narrowest phone the portal is made for: a
 * scam text message is danger with its reasons and the lines to call first, a genuine bank notice is safe, refusals
 * speak the page's language beside the input, and a used-up allowance is a message. Each check comes from a citizen
 * address of its own behind the suite's balancer (the browser connects through 127.0.0.2 and sends the
 * {@code X-Forwarded-For} a balancer would write), so that the allowance per address of one does not spend another's.
 */
abstract class FraudCheckBrowserChecks extends DeployedApplication {

    private static final String SCAM_TEXT_MESSAGE =
            "【公安局】您涉嫌洗钱案，请立即将资金转入安全账户配合调查，联系 +00 8621 5566 7788";
    private static final String BANK_NOTICE =
            "【工商银行】您尾号6621的账户12月05日14:32支出人民币500.00元，余额3,218.45元。如有疑问请致电95588。";
    private static final AtomicInteger CITIZENS = new AtomicInteger();

    private final String citizenAddress = "198.18.41." + CITIZENS.incrementAndGet();

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium(Browsers.NARROW_PHONE);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        ChromeDriver chromium = (ChromeDriver) browser;
        chromium.executeCdpCommand("Network.enable", Map.of());
        chromium.executeCdpCommand("Network.setExtraHTTPHeaders",
                Map.of("headers", Map.of("X-Forwarded-For", citizenAddress)));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    /** The portal behind the suite's balancer. */
    private static URI behindTheBalancer() {
        return LoopbackRelay.from("127.0.0.2");
    }

    @Test
    void aScamTextMessageIsDangerWithItsReasonsAndTheLinesToCallFirst() {
        FraudCheckPage page = FraudCheckPage.open(browser, wait, behindTheBalancer(), "zh");
        assertEquals(360L, ((JavascriptExecutor) browser).executeScript("return window.innerWidth;"),
                "the page is tried on a 360 px wide phone");
        assertEquals("TEXT", page.chosen(), "a message is what most citizens bring");
        assertTrue(page.notStored().contains("不会被保存"), page.notStored());
        assertEquals(0, page.sidewaysOverflow(), "nothing scrolls sideways on the form");

        page.text(SCAM_TEXT_MESSAGE).check();

        assertEquals("DANGER", page.risk(), page.pageText());
        assertEquals("危险", page.riskWord(), "the risk in words, never in colour alone");
        List<String> reasons = page.reasons();
        assertTrue(reasons.stream().anyMatch(reason -> reason.contains("安全账户")), reasons.toString());
        assertTrue(reasons.stream().anyMatch(reason -> reason.contains("+00")), reasons.toString());
        List<String> advice = page.advice();
        assertTrue(advice.get(0).startsWith("立即停止"), advice.toString());
        assertTrue(advice.get(1).contains("96110") && advice.get(1).contains("110"), advice.toString());
        assertEquals(List.of("tel:96110", "tel:110"), page.callLinks());
        assertTrue(page.found().contains("phone:DANGER"), page.found().toString());
        assertTrue(page.offersToReport());
        assertEquals("riskBanner", page.focused(), "the verdict takes the focus, and so comes into view");
        assertEquals(0, page.sidewaysOverflow(), "nothing scrolls sideways on the verdict");

        browser.findElement(By.id("reportLink")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("report:type")));
        assertEquals("FRAUD_REPORT", new Select(browser.findElement(By.id("report:type"))).getFirstSelectedOption()
                .getAttribute("value"), "the report form opens on a fraud report");
    }

    @Test
    void aGenuineBankNoticeFromTheHomePageIsSafe() {
        browser.get(behindTheBalancer().resolve("?lang=en").toString());
        browser.findElement(By.id("homeFraudCheckLink")).click();
        FraudCheckPage page = FraudCheckPage.opened(browser, wait);

        page.text(BANK_NOTICE).check();

        assertEquals("SAFE", page.risk(), page.pageText());
        assertEquals("Safe", page.riskWord());
        assertTrue(page.advice().get(0).startsWith("Stay alert"), page.advice().toString());
        assertEquals(List.of(), page.callLinks(), "nothing to call about");
        assertFalse(page.offersToReport(), "nothing to report");
        assertTrue(page.found().stream().allMatch(found -> found.endsWith(":SAFE")), page.found().toString());
        assertEquals(0, page.sidewaysOverflow());
    }

    @Test
    void aPhoneThatIsNoPhoneIsRefusedInRussianBesideTheInput() {
        FraudCheckPage page = FraudCheckPage.open(browser, wait, behindTheBalancer(), "ru")
                .chooseNextWithTheKeyboard("phone");
        assertEquals("PHONE", page.chosen());

        page.check();
        assertEquals("Вставьте или введите то, что нужно проверить.", page.errorBeside("phone"));

        page.phone("позвоните мне").check();
        assertTrue(page.errorBeside("phone").startsWith("Это не похоже на номер телефона."), page.errorBeside("phone"));
        assertEquals("true", page.ariaInvalid("phone"));
        assertEquals("check:phone", page.focused(), "the focus goes back to the refused input");
        assertFalse(page.hasVerdict());
        assertFalse(page.pageText().contains("Exception"), "never a stack trace");
        assertEquals(0, page.sidewaysOverflow(), "the refusal wraps");
    }

    @Test
    void anAllowanceUsedUpIsAMessageInTheCitizensLanguage() {
        Http balancer = new Http(behindTheBalancer());
        int status = 0;
        for (int i = 0; i < 100 && status != 429; i++) {
            status = balancer.post(FraudCheckChecks.CHECKS, "{\"type\": \"phone\", \"value\": \"no phone\"}",
                    "X-Forwarded-For", citizenAddress).status();
        }
        assertEquals(429, status, "the address used up its allowance");

        FraudCheckPage page = FraudCheckPage.open(browser, wait, behindTheBalancer(), "en")
                .choose("PHONE", "phone").phone("+1 95588").check();

        assertTrue(page.notice().startsWith("Too many checks came from your address"), page.pageText());
        assertTrue(page.notice().contains("call 96110 or 110"), page.notice());
        assertFalse(page.hasVerdict());
        assertEquals("check:notice", page.focused());
    }
}
