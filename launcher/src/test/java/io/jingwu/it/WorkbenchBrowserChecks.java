package io.jingwu.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The clerk workbench in headless Chromium, as a clerk at a desktop uses it. */
abstract class WorkbenchBrowserChecks extends WorkbenchBrowserArea {

    @Test
    void aClerkSignsInWithANewSessionAndSignsOut() {
        String clerk = StaffAccounts.create(new Http(base()), "CLERK", StaffWorkChecks.ZHILI);

        signIn.open("workbench/sign-in.xhtml?lang=zh");
        signIn.open("workbench/");
        assertTrue(signIn.showsSignInForm(), "no session: the workbench sends the clerk to the sign-in page");
        assertTrue(signIn.url().contains("/workbench/sign-in.xhtml"), signIn.url());
        Cookie before = signIn.sessionCookie();

        signIn.signIn(clerk, StaffAccounts.PASSWORD);

        assertTrue(signIn.welcome().contains("测试 CLERK"), signIn.welcome());
        assertTrue(signIn.units().contains("织里民生服务队"), signIn.units());
        Cookie after = signIn.sessionCookie();
        assertTrue(after.isHttpOnly(), "the session cookie is out of reach of scripts");
        assertEquals("Lax", after.getSameSite());
        if (before != null) {
            assertNotEquals(before.getValue(), after.getValue(), "the session id changes at sign-in");
        }

        signIn.signOut();
        signIn.open("workbench/");
        assertTrue(signIn.showsSignInForm(), "signed out: the workbench asks for the password again");
    }

    /**
     * Chromium's virtual time lets the page live through half an hour in a moment: the clerk does nothing, the
     * warning comes a minute before the end, then the page ends the session. The page's own move to the sign-in
     * page would wait for virtual time forever, so the session is then looked at with its cookie from outside.
     */
    @Test
    void aClerkWhoLeavesTheWorkbenchAloneIsWarnedThenSignedOut() throws InterruptedException {
        String clerk = StaffAccounts.create(new Http(base()), "CLERK", StaffWorkChecks.ZHILI);
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(clerk, StaffAccounts.PASSWORD);
        String session = "JSESSIONID=" + signIn.sessionCookie().getValue();
        assertTrue(signedIn(session), "the cookie opens the workbench");
        assertFalse(signIn.idleWarningShown());

        signIn.letTimePass(Duration.ofMinutes(29).plusSeconds(10));
        assertTrue(signIn.idleWarningShown(), "a minute before the end");
        assertTrue(signedIn(session), "still signed in");

        signIn.letTimePass(Duration.ofMinutes(1));
        Instant until = Instant.now().plusSeconds(20);
        while (signedIn(session) && Instant.now().isBefore(until)) {
            Thread.sleep(200);
        }
        assertFalse(signedIn(session), "the session has ended on the server");
    }

    /** The warning's button is a request of the clerk's own: the server starts the idle time afresh, the page too. */
    @Test
    void aClerkWarnedOfTheEndStaysSignedInWithOneClick() {
        String clerk = StaffAccounts.create(new Http(base()), "CLERK", StaffWorkChecks.ZHILI);
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(clerk, StaffAccounts.PASSWORD);
        String session = "JSESSIONID=" + signIn.sessionCookie().getValue();

        signIn.letTimePass(Duration.ofMinutes(29).plusSeconds(10));
        assertTrue(signIn.idleWarningShown(), "a minute before the end");
        signIn.staySignedIn();

        signIn.letTimePass(Duration.ofMinutes(1));
        assertFalse(signIn.idleWarningShown(), "the page counts from the click");
        assertTrue(signedIn(session), "and the session goes on");
    }

    /** Whether the workbench's home page opens with this session cookie, without a browser. */
    private boolean signedIn(String sessionCookie) {
        Http.Reply home = new Http(base()).get("workbench/index.xhtml", "Cookie", sessionCookie);
        return home.status() == 200 && home.body().contains("id=\"welcome\"");
    }

    @Test
    void aWrongPasswordAndALockedAccountGetTheSameAnswer() {
        String clerk = StaffAccounts.create(new Http(base()), "CLERK", StaffWorkChecks.ZHILI);
        signIn.open("workbench/sign-in.xhtml?lang=en");

        signIn.signIn(clerk, "not-the-password");
        String wrongPassword = signIn.refusal();
        assertTrue(wrongPassword.contains("not right"), wrongPassword);
        for (int attempt = 2; attempt <= 5; attempt++) {
            signIn.signIn(clerk, "not-the-password-" + attempt);
        }

        signIn.signIn(clerk, StaffAccounts.PASSWORD);
        assertTrue(signIn.showsSignInForm(), "five failures lock the account, even for the right password");
        assertEquals(wrongPassword, signIn.refusal(), "a locked account is not told apart from a wrong password");

        signIn.signIn("nobody-" + clerk, StaffAccounts.PASSWORD);
        assertEquals(wrongPassword, signIn.refusal(), "nor is an unknown user name");
    }

    /**
     * A clerk changes their own password from the workbench's header: mistakes are told beside the form, and once it
     * changed the clerk stays signed in here while the tokens issued before end, as after a reset.
     */
    @Test
    void aClerkChangesTheirOwnPasswordFromTheHeader() {
        String clerk = StaffAccounts.create(new Http(base()), "CLERK", StaffWorkChecks.ZHILI);
        String elsewhere = StaffAccounts.tokenOf(new Http(base()), clerk, StaffAccounts.PASSWORD);
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(clerk, StaffAccounts.PASSWORD);
        WorkbenchPasswordPage password = new WorkbenchPasswordPage(browser, wait).openFromHeader();
        String replacement = "Lantern-Harbour-" + System.nanoTime();

        password.change("Not-my-password-1", replacement, replacement);
        assertEquals("The current password is not right.", password.errors());
        password.change(StaffAccounts.PASSWORD, replacement, replacement + "x");
        assertEquals("The two new passwords are not the same.", password.errors());
        password.change(StaffAccounts.PASSWORD, "short", "short");
        assertTrue(password.errors().contains("A password has 12 to 128 characters."), password.errors());

        password.change(StaffAccounts.PASSWORD, replacement, replacement);
        assertTrue(password.changed(), password::errors);
        assertTrue(password.notice().contains("signed out everywhere else"), password.notice());
        signIn.open("workbench/");
        assertTrue(signIn.welcome().contains("测试 CLERK"), "still signed in here");
        assertEquals(401, new Http(base()).get("api/v1/staff/me", StaffAccounts.bearer(elsewhere)).status());
        assertEquals(200, StaffSignInThrottle.signIn(new Http(base()), clerk, replacement).status());
    }

    /**
     * An address that has used up its failed sign-ins is told to wait, in words the clerk understands, rather than
     * that the password is wrong. The page and the Java client both come by 127.0.0.1, as one address.
     */
    @Test
    void anAddressThatFailedTooOftenIsAskedToWait() throws Exception {
        String clerk = StaffAccounts.create(new Http(base()), "CLERK", StaffWorkChecks.ZHILI);
        URI ipv4 = StaffSignInThrottle.overIpv4(base());
        WorkbenchSignInPage page = new WorkbenchSignInPage(browser, wait, ipv4);
        StaffSignInThrottle.letTheMinutePass();
        try {
            StaffSignInThrottle.spendAllowance(new Http(ipv4));
            page.open("workbench/sign-in.xhtml?lang=en");
            page.signIn(clerk, StaffAccounts.PASSWORD);

            assertTrue(page.showsSignInForm(), "not signed in, although the password is right");
            assertEquals("Too many failed sign-ins came from your network. Please wait a minute, then try again.",
                    page.refusal());
        } finally {
            StaffSignInThrottle.letTheMinutePass();
        }
        page.signIn(clerk, StaffAccounts.PASSWORD);
        assertTrue(page.welcome().contains("测试 CLERK"), "a minute later: " + page.welcome());
    }
}
