package io.jingwu.it;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How long a workbench session lasts, told by the server: a password reset ends it at once, and only the clerk's
 * own requests keep it alive, never the queue page's poll.
 */
abstract class WorkbenchSessionChecks extends WorkbenchBrowserArea {

    /** The idle timeout the suite runs with (the default). */
    private static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);
    /** Each answer of the workbench says how long its session has left, in milliseconds. */
    private static final String REMAINING = "Workbench-Session-Remaining";

    private void resetPassword(String username) {
        Http.Reply reset = api().put("api/v1/admin/users/" + username + "/password",
                "{\"password\": \"Another-harbour-lantern-58\"}", bearer(StaffAccounts.adminToken(api())));
        assertEquals(204, reset.status(), reset.body());
    }

    @Test
    void aPasswordResetEndsTheWorkbenchSessionAtItsNextRequest() {
        String clerk = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.ZHILI);
        WorkbenchHttp workbench = WorkbenchHttp.signIn(base(), clerk, StaffAccounts.PASSWORD);
        Http.Reply queue = workbench.get("workbench/queue.xhtml");
        assertEquals(200, queue.status(), queue.body());
        Http.Reply polled = workbench.pollQueue(queue);
        assertEquals(200, polled.status(), polled.body());
        assertFalse(polled.body().contains("<redirect"), polled.body());

        resetPassword(clerk);

        Http.Reply signedOut = workbench.pollQueue(queue);
        assertEquals(200, signedOut.status(), signedOut.body());
        assertTrue(signedOut.contentType().contains("xml"), signedOut.contentType());
        assertTrue(signedOut.body().matches("(?s).*<partial-response[^>]*>\\s*<redirect url=\"[^\"]*/workbench/sign-in\\.xhtml.*"),
                "the poll is told to go to the sign-in page: " + signedOut.body());
        Http.Reply home = workbench.get("workbench/index.xhtml");
        assertEquals(302, home.status(), home.body());
        assertTrue(home.location().contains("/workbench/sign-in.xhtml"), home.location());
    }

    @Test
    void theQueuePageGoesToTheSignInPageWhenItsPollFindsThePasswordReset() {
        String clerk = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.ZHILI);
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(clerk, StaffAccounts.PASSWORD);
        new WorkbenchQueuePage(browser, wait).openFromHome();

        resetPassword(clerk);

        new WebDriverWait(browser, Duration.ofSeconds(30)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("signIn:username")));
        assertTrue(signIn.url().contains("/workbench/sign-in.xhtml"), signIn.url());
    }

    @Test
    void theQueuePollDoesNotKeepTheSessionAliveTheClerksOwnRequestsDo() throws InterruptedException {
        String clerk = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.ZHILI);
        WorkbenchHttp workbench = WorkbenchHttp.signIn(base(), clerk, StaffAccounts.PASSWORD);
        Http.Reply queue = workbench.get("workbench/queue.xhtml");
        assertEquals(200, queue.status(), queue.body());
        Duration afterOwnRequest = remaining(queue);
        assertTrue(afterOwnRequest.compareTo(IDLE_TIMEOUT.minusSeconds(2)) > 0, "a full idle timeout: " + afterOwnRequest);

        // Wall-clock time, nothing of the application's to wait for: the idle time must be seen to run across the
        // poll, by more than the second of slack the comparisons below allow.
        Thread.sleep(3_000);
        Http.Reply polled = workbench.pollQueue(queue);
        assertEquals(200, polled.status(), polled.body());
        Duration afterPoll = remaining(polled);
        assertTrue(afterPoll.compareTo(IDLE_TIMEOUT.minusSeconds(3)) <= 0,
                "the poll left the idle time running: " + afterPoll + " left");

        Http.Reply own = workbench.get("workbench/index.xhtml");
        assertEquals(200, own.status(), own.body());
        assertTrue(remaining(own).compareTo(afterPoll.plusSeconds(2)) > 0, "the clerk's own request starts it afresh: "
                + remaining(own) + " left");
    }

    private static Duration remaining(Http.Reply reply) {
        String remaining = reply.header(REMAINING);
        assertNotNull(remaining, "the answer says how long the session has left: " + reply.headers().map());
        return Duration.ofMillis(Long.parseLong(remaining));
    }
}
