package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.BiFunction;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every way the API refuses, whichever exception mapper words it, answers in the caller's language: the one
 * {@code ?lang=} names (over Accept-Language), else Accept-Language's, and the body's {@code lang} where a contract
 * has one. Each refusal is walked in zh, en and ru, both ways of asking.
 */
abstract class CallerLanguageChecks extends DeployedApplication {

    private static final List<String> LANGUAGES = List.of("zh", "en", "ru");
    private static final Map<String, String> ANOTHER = Map.of("zh", "en", "en", "ru", "ru", "zh");
    private static final Pattern REFERENCE = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    Http api() {
        return new Http(base());
    }

    /** One refusal: which mapper answers it, the problem and status it answers, and how to cause it. */
    private record Refusal(String mapper, String problem, int status, BiFunction<String, String[], Http.Reply> cause) {
    }

    private List<Refusal> refusals() {
        Http api = api();
        String clerk = StaffAccounts.signedIn(api, "CLERK", StaffWorkChecks.ZHILI);
        return List.of(
                new Refusal("invalid input", "invalid-input", 400,
                        (query, headers) -> api.post("api/v1/requests" + query, "{}", headers)),
                new Refusal("a declared rule the container enforces", "invalid-input", 400,
                        (query, headers) -> api.post("api/test-support/failures/declared-rule" + query, "", headers)),
                new Refusal("malformed JSON", "malformed-body", 400,
                        (query, headers) -> api.post("api/v1/requests" + query, "{\"type\": ", headers)),
                new Refusal("the framework's 404", "not-found", 404,
                        (query, headers) -> api.get("api/v1/nothing-here" + query, headers)),
                new Refusal("the framework's other refusals", "refused", 405,
                        (query, headers) -> api.delete("api/v1/ping" + query, headers)),
                new Refusal("a component's refusal", "institution-key-refused", 401,
                        (query, headers) -> api.get("api/v1/institutions/me" + query, headers)),
                new Refusal("a component's refusal", "request-not-found", 404,
                        (query, headers) -> api.get("api/v1/staff/requests/JW-20260101-000000-0" + query,
                                StaffAccounts.bearer(clerk, headers))),
                new Refusal("nobody signed in", "unauthenticated", 401,
                        (query, headers) -> api.get("api/v1/queue" + query, headers)),
                new Refusal("a role that may not", "forbidden", 403,
                        (query, headers) -> api.get("api/v1/admin/users" + query, StaffAccounts.bearer(clerk, headers))),
                new Refusal("someone else's change", "edit-conflict", 409,
                        (query, headers) -> api.post("api/test-support/failures/edit-conflict" + query, "", headers)),
                new Refusal("a database failure", "unexpected", 500,
                        (query, headers) -> api.post("api/test-support/failures/database" + query, "", headers)),
                new Refusal("anything else", "unexpected", 500,
                        (query, headers) -> api.post("api/test-support/failures/program" + query, "", headers)));
    }

    @Test
    void everyRefusalAnswersInTheLanguageAskedFor() {
        List<Runnable> checks = new ArrayList<>();
        for (Refusal refusal : refusals()) {
            for (String language : LANGUAGES) {
                Http.Reply byQuery = refusal.cause().apply("?lang=" + language,
                        new String[] {"Accept-Language", ANOTHER.get(language)});
                Http.Reply byHeader = refusal.cause().apply("", new String[] {"Accept-Language", language});
                checks.add(() -> assertInLanguage(refusal, language, byQuery, "?lang="));
                checks.add(() -> assertInLanguage(refusal, language, byHeader, "Accept-Language"));
            }
        }
        assertAll(checks.stream().map(check -> check::run));
    }

    /** A declared rule's message comes from ValidationMessages in the caller's language, whoever enforced the rule. */
    @Test
    void aDeclaredRuleTheContainerEnforcesIsWordedInTheLanguageAskedFor() {
        for (String language : LANGUAGES) {
            JsonObject error = api().post("api/test-support/failures/declared-rule?lang=" + language, "")
                    .json().getJsonArray("errors").getJsonObject(0);
            assertEquals("description", error.getString("field"));
            assertEquals(validationMessages(language).getProperty("request.description.required"),
                    error.getString("message"), language);
        }
    }

    @Test
    void withoutAnyLanguageTheAnswerIsChinese() {
        Http.Reply reply = api().post("api/v1/requests", "{}");
        assertEquals(title("zh", "invalid-input"), reply.json().getString("title"));
    }

    /** The body's lang counts after ?lang= and before Accept-Language; a tag the API does not speak is passed over. */
    @Test
    void theBodysLanguageCountsAfterTheQueryAndBeforeTheBrowser() {
        Http api = api();
        assertEquals(title("ru", "invalid-input"), api.post("api/v1/requests", "{\"lang\": \"ru\"}",
                "Accept-Language", "en").json().getString("title"));
        assertEquals(title("en", "invalid-input"), api.post("api/v1/requests?lang=en", "{\"lang\": \"ru\"}",
                "Accept-Language", "zh").json().getString("title"));
        assertEquals(title("en", "invalid-input"), api.post("api/v1/requests", "{\"lang\": \"fr\"}",
                "Accept-Language", "en").json().getString("title"));
        assertEquals(title("ru", "invalid-input"), api.post("api/v1/chat/messages", "{\"lang\": \"ru\"}",
                "Accept-Language", "en").json().getString("title"));
    }

    private static void assertInLanguage(Refusal refusal, String language, Http.Reply reply, String askedBy) {
        String what = refusal.mapper() + " (" + refusal.problem() + ") asked in " + language + " by " + askedBy;
        assertEquals(refusal.status(), reply.status(), what + ": " + reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), what + ": " + reply.contentType());
        JsonObject problem = reply.json();
        assertEquals("https://jingwu.io/problems/" + refusal.problem(), problem.getString("type"), what);
        assertEquals(title(language, refusal.problem()), problem.getString("title"), what);
        if (refusal.status() == 500) {
            assertTrue(REFERENCE.matcher(problem.getString("detail")).find(), what + ": a reference to quote");
        }
    }

    private static String title(String language, String problem) {
        String key = "problem." + problem + ".title";
        String title = messages(language).getProperty(key);
        assertTrue(title != null && !title.isBlank(), key + " in " + language);
        return title;
    }

    private static Properties messages(String language) {
        return bundle("/io/jingwu/api/messages_" + language + ".properties");
    }

    private static Properties validationMessages(String language) {
        return bundle("/ValidationMessages_" + language + ".properties");
    }

    private static Properties bundle(String resource) {
        Properties messages = new Properties();
        try (Reader reader = new InputStreamReader(CallerLanguageChecks.class.getResourceAsStream(resource),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return messages;
    }
}
