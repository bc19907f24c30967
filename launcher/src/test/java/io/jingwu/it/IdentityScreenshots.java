package io.jingwu.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The screenshots of identity verification in {@code docs/screenshots}, as a foreign resident reading Russian sees it
 * on a 360 px phone: the form with typed passport fields, and the credential with its code and QR code. Tagged
 * {@code screenshots} like {@link WorkbenchScreenshots}.
 */
@Tag("screenshots")
abstract class IdentityScreenshots extends DeployedApplication {

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium(Browsers.NARROW_PHONE);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    @Test
    void aForeignResidentVerifiesInRussian() throws Exception {
        Path directory = Path.of(System.getProperty("jingwu.screenshots", "../docs/screenshots"));
        Files.createDirectories(directory);
        Http api = new Http(base());
        String passport = IdentityPeople.passportNumber();
        LocalDate born = LocalDate.of(1988, 9, 30);
        String[] phone = IdentityPeople.mobile();
        IdentityPeople.enrol(api, "PASSPORT", "RUS", passport, "IVANOV SERGEI", born, phone[1]);

        IdentityVerifyPage page = IdentityVerifyPage.open(browser, wait, base(), "ru")
                .typedPassport(passport, "RUS", "IVANOV", "SERGEI", born, LocalDate.now().plusYears(4))
                .phone(phone[0]).livesIn("织里", "织里镇");
        scrollTo("verify:documentFields");
        save(directory, "identity-form-ru.png");
        page.send();
        assertTrue(page.asksForTheCode(), page.errorSummary());
        page.confirm(CitizenAccessChecks.lastCodeSentTo(phone[1], "identity-code"));
        page.credentialCode();
        scrollTo("verify:result");
        save(directory, "identity-credential-ru.png");
    }

    /** Brings the element with this id to the top of the screen. */
    private void scrollTo(String id) {
        ((JavascriptExecutor) browser).executeScript("document.getElementById(arguments[0]).scrollIntoView(true);", id);
    }

    private void save(Path directory, String name) throws Exception {
        Files.write(directory.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
