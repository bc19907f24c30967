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
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizen portal in Russian, as a foreign resident from Central Asia reads it on a phone: the pages in Russian,
 * the catalogue's questions in English where no Russian text is written yet, and the clerks' workbench untouched by
 * the Russian choice (it speaks Chinese and English).
 */
abstract class PortalRussianChecks extends DeployedApplication {

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

    @Test
    void thePortalSpeaksRussianAndOffersChineseAndEnglish() {
        ReportPage.open(browser, wait, base(), "ru");

        assertEquals("ru", htmlLang());
        assertEquals("Подать обращение онлайн", browser.findElement(By.tagName("h1")).getText().strip());
        assertEquals(List.of("中文", "English"), offeredLanguages());
        assertTrue(browser.findElement(By.id("switchLanguage-zh")).getAttribute("href").endsWith("?lang=zh"));

        browser.findElement(By.id("switchLanguage-zh")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
        assertEquals(List.of("English", "Русский"), offeredLanguages());
    }

    @Test
    void aRequestInRussianIsAnsweredInRussianWithTheServicesQuestionsInEnglishUntilTranslated() {
        ReportPage page = ReportPage.open(browser, wait, base(), "ru");
        page.service("DISPUTE", "unpaid-wages");
        assertTrue(page.questions().get(0).startsWith("Employer"), page.questions().toString());

        page.answer("employerName", "Zhili children's clothing workshop")
                .answer("amountOwed", "8000")
                .answer("monthsOwed", "2")
                .describe("Хозяин мастерской два месяца не платит мне зарплату.")
                .contact("Алия Нурланова", "12345")
                .submit();
        assertTrue(page.messageFor("contactPhone").startsWith("Неверный номер телефона"), page.messageFor("contactPhone"));
        assertTrue(page.messageFor("division").startsWith("Пожалуйста, укажите, где это произошло"), page.messageFor("division"));

        page.pickPlace("织里", "织里镇").contact("Алия Нурланова", "13800138077").submit();
        String trackingNumber = page.trackingNumber();
        assertTrue(page.routingReason().startsWith("Ваше обращение (спор) передано в подразделение «Zhili livelihood service team»"),
                page.routingReason());

        page.track(trackingNumber);
        assertEquals("Подано", page.trackedStatus());
        assertTrue(page.trackedPromise().matches("Принятие: в течение 30 мин; рассмотрение: в течение 2 дн\\. / "
                + "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"), page.trackedPromise());
    }

    @Test
    void aRussianChoiceLeavesTheClerksWorkbenchInEnglish() {
        String clerk = StaffAccounts.create(new Http(base()), "CLERK", StaffWorkChecks.ZHILI);
        ReportPage.open(browser, wait, base(), "ru");

        WorkbenchSignInPage signIn = new WorkbenchSignInPage(browser, wait, base()).open("workbench/sign-in.xhtml");
        assertEquals("en", htmlLang());
        assertEquals(List.of("中文"), offeredLanguages());

        signIn.signIn(clerk, StaffAccounts.PASSWORD);
        assertTrue(signIn.welcome().startsWith("Welcome"), signIn.welcome());
        assertEquals("en", htmlLang());
        assertEquals(List.of("中文"), offeredLanguages());
    }

    private String htmlLang() {
        return browser.findElement(By.tagName("html")).getAttribute("lang");
    }

    /** The names of the languages the header's switch offers, in order. */
    private List<String> offeredLanguages() {
        return browser.findElements(By.cssSelector("a.language-switch")).stream()
                .map(WebElement::getText).map(String::strip).toList();
    }
}
