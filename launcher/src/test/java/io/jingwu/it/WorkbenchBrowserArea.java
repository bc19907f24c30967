package io.jingwu.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** An area of workbench checks: a desktop Chromium for each check, with the sign-in page at hand. */
abstract class WorkbenchBrowserArea extends DeployedApplication {

    WebDriver browser;
    WebDriverWait wait;
    WorkbenchSignInPage signIn;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium(Browsers.DESKTOP);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        signIn = new WorkbenchSignInPage(browser, wait, base());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    Http api() {
        return new Http(base());
    }
}
