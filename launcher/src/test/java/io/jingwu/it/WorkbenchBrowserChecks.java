package io.jingwu.it;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clerk workbench in headless Chromium, as a clerk at a desktop uses it. */
abstract class WorkbenchBrowserChecks extends DeployedApplication {

    private WebDriver browser;
    private WorkbenchSignInPage page;

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium(Browsers.DESKTOP);
        page = new WorkbenchSignInPage(browser, new WebDriverWait(browser, Duration.ofSeconds(20)), base());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aClerkSignsInWithANewSessionAndSignsOut() {
        String clerk = StaffAccounts.create(new Http(base()), "CLERK", StaffWorkChecks.ZHILI);

        page.open("workbench/sign-in.xhtml?lang=zh");
        page.open("workbench/");
        assertTrue(page.showsSignInForm(), "no session: the workbench sends the clerk to the sign-in page");
        assertTrue(page.url().contains("/workbench/sign-in.xhtml"), page.url());
        Cookie before = page.sessionCookie();

        page.signIn(clerk, StaffAccounts.PASSWORD);

        assertTrue(page.welcome().contains("测试 CLERK"), page.welcome());
        assertTrue(page.units().contains("织里民生服务队"), page.units());
        Cookie after = page.sessionCookie();
        assertTrue(after.isHttpOnly(), "the session cookie is out of reach of scripts");
        assertEquals("Lax", after.getSameSite());
        if (before != null) {
            assertNotEquals(before.getValue(), after.getValue(), "the session id changes at sign-in");
        }

        page.signOut();
        page.open("workbench/");
        assertTrue(page.showsSignInForm(), "signed out: the workbench asks for the password again");
    }

    @Test
    void aWrongPasswordAndALockedAccountGetTheSameAnswer() {
        String clerk = StaffAccounts.create(new Http(base()), "CLERK", StaffWorkChecks.ZHILI);
        page.open("workbench/sign-in.xhtml?lang=en");

        page.signIn(clerk, "not-the-password");
        String wrongPassword = page.refusal();
        assertTrue(wrongPassword.contains("not right"), wrongPassword);
        for (int attempt = 2; attempt <= 5; attempt++) {
            page.signIn(clerk, "not-the-password-" + attempt);
        }

        page.signIn(clerk, StaffAccounts.PASSWORD);
        assertTrue(page.showsSignInForm(), "five failures lock the account, even for the right password");
        assertEquals(wrongPassword, page.refusal(), "a locked account is not told apart from a wrong password");

        page.signIn("nobody-" + clerk, StaffAccounts.PASSWORD);
        assertEquals(wrongPassword, page.refusal(), "nor is an unknown user name");
    }
}
