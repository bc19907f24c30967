package io.jingwu.it;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer tells the browser what it may run, where the page may be framed and what it may pass on: a citizen
 * page (its scripts allowed by the nonce of that answer), a workbench page (never kept in a cache, signed in or not)
 * and the API, answers and problems alike.
 */
abstract class SecurityHeadersChecks extends WorkbenchBrowserArea {

    @Test
    void aCitizenPageRunsOnlyItsOwnScripts() {
        Http.Reply page = api().get("?lang=en");
        assertEquals(200, page.status(), page.body());

        assertNonce(onePolicy(page), page);
        assertCommonHeaders(page);
    }

    @Test
    void aWorkbenchPageIsNeverCached() {
        Http.Reply signInPage = api().get("workbench/sign-in.xhtml?lang=en");
        assertEquals(200, signInPage.status(), signInPage.body());
        assertEquals("no-store", signInPage.header("Cache-Control"));
        onePolicy(signInPage);
        assertCommonHeaders(signInPage);

        String clerk = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.ZHILI);
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(clerk, StaffAccounts.PASSWORD);
        Http.Reply queue = api().get("workbench/queue.xhtml", "Cookie", "JSESSIONID=" + signIn.sessionCookie().getValue());
        assertEquals(200, queue.status(), queue.body());
        assertTrue(queue.body().contains("id=\"queue\""), "the clerk's queue, signed in");
        assertEquals("no-store", queue.header("Cache-Control"));
        onePolicy(queue);
        assertCommonHeaders(queue);

        Http.Reply forbidden = api().get("workbench/dashboard.xhtml", "Cookie", "JSESSIONID=" + signIn.sessionCookie().getValue());
        assertEquals(403, forbidden.status(), "a clerk is not let into the dashboard");
        assertEquals("no-store", forbidden.header("Cache-Control"), "the page saying so is a workbench page too");
        assertNonce(onePolicy(forbidden), forbidden);
    }

    /** An address that leads nowhere answers the error page, with one policy: the page's own, with its nonce. */
    @Test
    void theErrorPageRunsOnlyItsOwnScriptsToo() {
        for (String path : List.of("nothing-here?lang=en", "nothing-here.xhtml?lang=en")) {
            Http.Reply missing = api().get(path);
            assertEquals(404, missing.status(), path);
            assertNonce(onePolicy(missing), missing);
            assertCommonHeaders(missing);
        }
        browser.get(base().resolve("nothing-here.xhtml?lang=en").toString());   // nothing refused (closeBrowser)
    }

    @Test
    void theApiAnswersWithThePolicyToo() {
        for (Http.Reply answer : List.of(api().get("api/v1/ping"), api().get("api/v1/nothing-here"))) {
            String policy = onePolicy(answer);
            assertEquals("script-src 'self'", directive(policy, "script-src"), "no page, no nonce");
            assertCommonHeaders(answer);
        }
    }

    /** The answer's one policy: framed nowhere, no inline script, images also from data: and blob: (QR codes). */
    private static String onePolicy(Http.Reply answer) {
        List<String> policies = answer.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), "one policy (two would both apply): " + policies);
        String policy = policies.get(0);
        assertEquals("frame-ancestors 'none'", directive(policy, "frame-ancestors"));
        assertEquals("object-src 'none'", directive(policy, "object-src"));
        assertTrue(directive(policy, "img-src").contains(" data:"), policy);
        assertTrue(directive(policy, "img-src").contains(" blob:"), policy);
        assertFalse(directive(policy, "script-src").contains("unsafe"), policy);
        assertTrue(directive(policy, "default-src").contains("'self'"), policy);
        return policy;
    }

    /** A page's policy allows its own inline scripts by a nonce of this answer, which they carry. */
    private static void assertNonce(String policy, Http.Reply page) {
        assertTrue(directive(policy, "script-src").matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'"), policy);
        String nonce = directive(policy, "script-src").replaceAll(".*'nonce-([^']+)'", "$1");
        assertTrue(page.body().contains("nonce=\"" + nonce + "\""), "the page's scripts carry the answer's nonce");
    }

    private static void assertCommonHeaders(Http.Reply answer) {
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        assertEquals("same-origin", answer.header("Referrer-Policy"));
    }

    /** One directive of a policy with its sources, as written; empty when the policy has none. */
    private static String directive(String policy, String name) {
        return Arrays.stream(policy.split(";")).map(String::strip).filter(d -> d.startsWith(name + " "))
                .findFirst().orElse("");
    }
}
