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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The screenshots of "Is this a scam?" in {@code docs/screenshots}, on a 360 px phone: a scam text message pasted in
 * Chinese, then its verdict. Tagged {@code screenshots} like {@link WorkbenchScreenshots}.
 */
@Tag("screenshots")
abstract class FraudCheckScreenshots extends DeployedApplication {

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
    void aScamTextMessageInChinese() throws Exception {
        Path directory = Path.of(System.getProperty("jingwu.screenshots", "../docs/screenshots"));
        Files.createDirectories(directory);

        FraudCheckPage page = FraudCheckPage.open(browser, wait, base(), "zh")
                .text("【公安局】您涉嫌洗钱案，请立即将资金转入安全账户配合调查，联系 +00 8621 5566 7788");
        save(directory, "fraud-check-form-zh.png");
        page.check();
        assertEquals("DANGER", page.risk(), page.pageText());
        ((JavascriptExecutor) browser).executeScript("document.getElementById('riskBanner').scrollIntoView(true);");
        save(directory, "fraud-check-danger-zh.png");
    }

    private void save(Path directory, String name) throws Exception {
        Files.write(directory.resolve(name), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
