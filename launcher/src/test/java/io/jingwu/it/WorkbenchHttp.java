package io.jingwu.it;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A workbench session without a browser: signed in through the sign-in form, then pages and Faces ajax requests
 * sent with its session cookie exactly as the pages' forms send them. Redirects are not followed, so that a check
 * sees where the server sends the clerk.
 */
final class WorkbenchHttp {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private final Http http;
    private final String cookie;

    private WorkbenchHttp(Http http, String cookie) {
        this.http = http;
        this.cookie = cookie;
    }

    static WorkbenchHttp signIn(URI base, String username, String password) {
        Http http = new Http(base);
        Http.Reply form = http.get("workbench/sign-in.xhtml?lang=en");
        assertEquals(200, form.status(), form.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("signIn", "signIn");
        fields.put("signIn:username", username);
        fields.put("signIn:password", password);
        fields.put("signIn:submit", "");
        fields.put("jakarta.faces.ViewState", viewState(form));
        Http.Reply signedIn = http.postForm("workbench/sign-in.xhtml", fields, "Cookie", sessionCookie(form));
        assertEquals(302, signedIn.status(), "signed in and sent on to the workbench: " + signedIn.body());
        assertTrue(signedIn.location().endsWith("/workbench/"), signedIn.location());
        return new WorkbenchHttp(http, sessionCookie(signedIn));
    }

    /** The value of the Cookie header that carries this session. */
    String cookie() {
        return cookie;
    }

    Http.Reply get(String path) {
        return http.get(path, "Cookie", cookie, "Accept-Language", "en");
    }

    /**
     * A PrimeFaces ajax request of a component of a page's form, as the browser sends it: the component is the
     * source and is processed, {@code render} is updated.
     */
    Http.Reply ajax(String path, Http.Reply page, String form, String source, String render) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("jakarta.faces.partial.ajax", "true");
        fields.put("jakarta.faces.source", source);
        fields.put("jakarta.faces.partial.execute", source);
        fields.put("jakarta.faces.partial.render", render);
        fields.put(source, source);
        fields.put(form, form);
        fields.put("jakarta.faces.ViewState", viewState(page));
        return http.postForm(path, fields, "Cookie", cookie, "Faces-Request", "partial/ajax",
                "X-Requested-With", "XMLHttpRequest", "Accept-Language", "en");
    }

    /** The queue page's 15-second poll, as the page sends it. */
    Http.Reply pollQueue(Http.Reply queuePage) {
        return ajax("workbench/queue.xhtml", queuePage, "queue", "queue:poll", "queue:newUrgent queue:table");
    }

    static String viewState(Http.Reply page) {
        Matcher matcher = VIEW_STATE.matcher(page.body());
        assertTrue(matcher.find(), "the page has a form: " + page.body());
        return matcher.group(1);
    }

    private static String sessionCookie(Http.Reply reply) {
        String cookie = reply.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith("JSESSIONID="))
                .map(value -> value.split(";", 2)[0])
                .reduce((first, last) -> last).orElse(null);
        assertNotNull(cookie, "a session cookie: " + reply.headers().map());
        return cookie;
    }
}
