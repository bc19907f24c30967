package io.jingwu.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.io.StringReader;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Relying institutions and their keys: an administrator adds a bank, hotel or office and hands over its key, shown
 * once; the institution's calls are admitted by that key while it is current, within its allowance per minute.
 * Every institution here is made for its own check, so that no allowance is shared between checks.
 */
abstract class InstitutionsChecks extends DeployedApplication {

    private static final String ADMIN_PATH = "api/v1/admin/institutions";
    private static final String ME = "api/v1/institutions/me";
    private static final String KEY_SHAPE = "jw_[a-z2-9]{8}_[A-Za-z0-9_-]{43}";

    Http api() {
        return new Http(base());
    }

    private String[] asAdmin(String... more) {
        return StaffAccounts.bearer(StaffAccounts.adminToken(api()), more);
    }

    private static String body(String name, String kind, String contact, Integer checksPerMinute) {
        JsonObjectBuilder body = Json.createObjectBuilder();
        if (name != null) {
            body.add("name", name);
        }
        if (kind != null) {
            body.add("kind", kind);
        }
        if (contact != null) {
            body.add("contact", contact);
        }
        if (checksPerMinute != null) {
            body.add("checksPerMinute", checksPerMinute);
        }
        return body.build().toString();
    }

    /** Adds an institution as the administrator; returns the answer: {@code institution} and {@code apiKey}. */
    private JsonObject add(String name, String kind, Integer checksPerMinute) {
        Http.Reply reply = api().post(ADMIN_PATH, body(name, kind, null, checksPerMinute), asAdmin());
        assertEquals(201, reply.status(), reply.body());
        return reply.json();
    }

    private Http.Reply me(String apiKey, String... more) {
        String[] headers = new String[2 + more.length];
        headers[0] = "X-Api-Key";
        headers[1] = apiKey;
        System.arraycopy(more, 0, headers, 2, more.length);
        return api().get(ME, headers);
    }

    private static String unique(String name) {
        return name + " " + StaffAccounts.unique("");
    }

    private static long idOf(JsonObject issued) {
        return issued.getJsonObject("institution").getJsonNumber("id").longValue();
    }

    @Test
    void anAdministratorAddsAnInstitutionAndItsKeyAnswersForIt() throws Exception {
        String name = unique("湖州银行南浔支行");
        Http.Reply reply = api().post(ADMIN_PATH, body(name, "BANK", "柜面主管 0572-3012345", 30), asAdmin());

        assertEquals(201, reply.status(), reply.body());
        assertTrue(reply.header("Cache-Control").contains("no-store"), "a key must not linger in a cache");
        JsonObject institution = reply.json().getJsonObject("institution");
        String key = reply.json().getString("apiKey");
        assertTrue(key.matches(KEY_SHAPE), key);
        assertEquals(key.substring(3, 11), institution.getString("keyPrefix"));
        assertTrue(reply.location().endsWith("/" + ADMIN_PATH + "/" + institution.getJsonNumber("id").longValue()),
                reply.location());
        assertEquals(name, institution.getString("name"));
        assertEquals("BANK", institution.getString("kind"));
        assertEquals("柜面主管 0572-3012345", institution.getString("contact"));
        assertEquals(30, institution.getInt("checksPerMinute"));
        assertTrue(institution.getBoolean("active"));
        assertEquals("admin", institution.getString("createdBy"));
        assertFalse(institution.containsKey("lastUsedAt"), "not used yet");

        Http.Reply me = me(key);
        assertEquals(200, me.status(), me.body());
        assertEquals(Json.createObjectBuilder().add("name", name).add("kind", "BANK").add("checksPerMinute", 30).build(),
                me.json());

        Http.Reply listed = api().get(ADMIN_PATH, asAdmin());
        assertEquals(200, listed.status(), listed.body());
        assertFalse(listed.body().contains(key.substring(12)), "a list never shows a key's secret");
        JsonObject entry;
        try (var reader = Json.createReader(new StringReader(listed.body()))) {
            entry = reader.readArray().getValuesAs(JsonObject.class).stream()
                    .filter(i -> i.getString("name").equals(name)).findFirst().orElseThrow();
        }
        assertNotNull(entry.getString("lastUsedAt"), "the check was recorded as a use: " + entry);

        StoredKey stored = storedKey(institution.getJsonNumber("id").longValue());
        assertEquals(sha256(key), stored.hash(), "the database holds the key's hash");
        assertFalse(stored.row().contains(key.substring(12)), "and never the key's secret: " + stored.row());
    }

    @Test
    void aMissingMalformedOrWrongKeyIsRefusedAlike() {
        String key = add(unique("Hotel Nanxun"), "HOTEL", 10).getString("apiKey");
        String wrongSecret = key.substring(0, 12) + (key.charAt(12) == 'A' ? 'B' : 'A') + key.substring(13);

        Http.Reply none = api().get(ME, "Accept-Language", "en");
        assertProblem(none, 401, "institution-key-refused");
        assertEquals("API key not accepted", none.json().getString("title"));
        assertNotNull(none.header("WWW-Authenticate"), "a 401 says how to authenticate");
        for (String sent : List.of("nonsense", wrongSecret, "Bearer " + key, key.toUpperCase())) {
            assertProblem(me(sent), 401, "institution-key-refused");
        }
        Http.Reply chinese = me(wrongSecret, "Accept-Language", "zh-CN");
        assertEquals("API 密钥无效", chinese.json().getString("title"));
        assertEquals(200, me(key).status(), "the genuine key still works");
    }

    @Test
    void anAllowanceOfThreeAdmitsThreeChecksAMinuteThenAsksToWait() {
        String key = add(unique("出入境接待窗口"), "PUBLIC_OFFICE", 3).getString("apiKey");
        String other = add(unique("Other office"), "OTHER", 3).getString("apiKey");

        for (int check = 1; check <= 3; check++) {
            assertEquals(200, me(key).status(), "check " + check);
        }
        Http.Reply fourth = me(key, "Accept-Language", "en");

        assertProblem(fourth, 429, "institution-too-many-checks");
        assertEquals("60", fourth.header("Retry-After"));
        assertTrue(fourth.json().getString("detail").contains("try again in a minute"), fourth.body());
        assertEquals(200, me(other).status(), "each institution has an allowance of its own");
    }

    @Test
    void aChangedAllowanceAppliesToTheNextCheck() {
        JsonObject issued = add(unique("南浔古镇酒店"), "HOTEL", null);
        String key = issued.getString("apiKey");
        assertEquals(60, issued.getJsonObject("institution").getInt("checksPerMinute"), "the default allowance");
        assertEquals(200, me(key).status());

        Http.Reply changed = api().put(ADMIN_PATH + "/" + idOf(issued),
                body("南浔古镇酒店（总台）", "HOTEL", "总台 0572-3099999", 1), asAdmin());

        assertEquals(200, changed.status(), changed.body());
        assertEquals(1, changed.json().getInt("checksPerMinute"));
        assertEquals("南浔古镇酒店（总台）", changed.json().getString("name"));
        assertEquals(issued.getJsonObject("institution").getString("keyPrefix"), changed.json().getString("keyPrefix"),
                "a change keeps the key");
        assertProblem(me(key), 429, "institution-too-many-checks");
    }

    @Test
    void aNewKeyReplacesTheOldOneAtOnce() {
        JsonObject issued = add(unique("Bank of Huzhou"), "BANK", 10);
        String old = issued.getString("apiKey");
        assertEquals(200, me(old).status());

        Http.Reply rotated = api().post(ADMIN_PATH + "/" + idOf(issued) + "/key", "", asAdmin());

        assertEquals(200, rotated.status(), rotated.body());
        assertTrue(rotated.header("Cache-Control").contains("no-store"), rotated.header("Cache-Control"));
        String fresh = rotated.json().getString("apiKey");
        assertTrue(fresh.matches(KEY_SHAPE), fresh);
        assertNotEquals(old, fresh);
        assertEquals(fresh.substring(3, 11), rotated.json().getJsonObject("institution").getString("keyPrefix"));
        assertProblem(me(old), 401, "institution-key-refused");
        assertEquals(200, me(fresh).status());
    }

    @Test
    void aRevokedKeyIsRefusedAndTheInstitutionKeptForTheRecord() {
        JsonObject issued = add(unique("Lakeside Hotel"), "HOTEL", 10);
        String key = issued.getString("apiKey");
        long id = idOf(issued);
        assertEquals(200, me(key).status());

        Http.Reply revoked = api().post(ADMIN_PATH + "/" + id + "/revocation", "", asAdmin());

        assertEquals(200, revoked.status(), revoked.body());
        assertFalse(revoked.json().getBoolean("active"));
        assertEquals("admin", revoked.json().getString("revokedBy"));
        assertNotNull(revoked.json().getString("revokedAt"));
        assertProblem(me(key), 401, "institution-key-refused");

        Http.Reply kept = api().get(ADMIN_PATH + "/" + id, asAdmin());
        assertEquals(200, kept.status(), kept.body());
        assertEquals(revoked.json().getString("revokedAt"), kept.json().getString("revokedAt"));
        assertProblem(api().post(ADMIN_PATH + "/" + id + "/key", "", asAdmin()), 409, "institution-revoked");
        assertProblem(api().put(ADMIN_PATH + "/" + id, body("Lakeside Hotel", "HOTEL", null, 10), asAdmin()),
                409, "institution-revoked");
        assertProblem(me(key), 401, "institution-key-refused");
    }

    @Test
    void onlyAdministratorsManageInstitutions() {
        JsonObject issued = add(unique("Guarded Bank"), "BANK", 10);
        String clerk = StaffAccounts.signedIn(api(), "CLERK", "HUZ-ZL-ZHINAN-PS");
        String supervisor = StaffAccounts.signedIn(api(), "SUPERVISOR", "HUZ-ZL-ZHINAN-PS");
        long id = idOf(issued);

        for (String token : List.of(clerk, supervisor)) {
            assertProblem(api().get(ADMIN_PATH, StaffAccounts.bearer(token)), 403, "forbidden");
            assertProblem(api().post(ADMIN_PATH, body("Sneaky Bank", "BANK", null, 10), StaffAccounts.bearer(token)),
                    403, "forbidden");
            assertProblem(api().post(ADMIN_PATH + "/" + id + "/key", "", StaffAccounts.bearer(token)), 403, "forbidden");
            assertProblem(api().post(ADMIN_PATH + "/" + id + "/revocation", "", StaffAccounts.bearer(token)),
                    403, "forbidden");
        }
        assertProblem(api().get(ADMIN_PATH), 401, "unauthenticated");
        assertProblem(api().get(ADMIN_PATH, "X-Api-Key", issued.getString("apiKey")), 401, "unauthenticated");
        assertEquals(200, me(issued.getString("apiKey")).status(), "still active: nobody but an administrator revokes");
    }

    @Test
    void invalidInputIsExplainedInChineseAndEnglish() {
        String invalid = body("", "CASINO", null, 0);

        Http.Reply chinese = api().post(ADMIN_PATH, invalid, asAdmin("Accept-Language", "zh-CN"));
        Http.Reply english = api().post(ADMIN_PATH, invalid, asAdmin("Accept-Language", "en"));

        assertProblem(chinese, 400, "invalid-input");
        assertEquals(List.of("name", "kind", "checksPerMinute"), fields(chinese));
        assertEquals(List.of("请填写机构名称。", "未知机构类型 CASINO，请从以下选择：BANK, HOTEL, PUBLIC_OFFICE, OTHER。",
                "每分钟核验次数须为 1 至 10000 之间的整数。"), messages(chinese));
        assertProblem(english, 400, "invalid-input");
        assertEquals(List.of("Please give the institution's name.",
                "Unknown kind CASINO; choose from: BANK, HOTEL, PUBLIC_OFFICE, OTHER.",
                "The checks per minute must be a whole number from 1 to 10000."), messages(english));

        Http.Reply tooLong = api().post(ADMIN_PATH, body("银".repeat(101), "BANK", null, 10_001),
                asAdmin("Accept-Language", "en"));
        assertEquals(List.of("The name must be at most 100 characters.",
                "The checks per minute must be a whole number from 1 to 10000."), messages(tooLong));

        JsonObject issued = add(unique("Correct Bank"), "BANK", 10);
        Http.Reply change = api().put(ADMIN_PATH + "/" + idOf(issued), body("Correct Bank", null, null, 10),
                asAdmin("Accept-Language", "en"));
        assertEquals(List.of("kind"), fields(change));
        assertProblem(api().post(ADMIN_PATH, "{\"name\": \"Bank\", \"checksPerMinute\": \"many\"}", asAdmin()),
                400, "malformed-body");
        assertProblem(api().put(ADMIN_PATH + "/987654321", body("Nobody", "BANK", null, 10), asAdmin()),
                404, "institution-not-found");
        assertProblem(api().post(ADMIN_PATH + "/987654321/key", "", asAdmin()), 404, "institution-not-found");
    }

    @Test
    void theEndpointsAreInTheApiDescription() {
        Http.Reply description = api().get("/openapi", Duration.ofMinutes(3), "Accept", "application/json");
        assertEquals(200, description.status(), description.body());
        JsonObject openapi = description.json();
        JsonObject paths = openapi.getJsonObject("paths");

        for (String path : List.of("/api/v1/admin/institutions", "/api/v1/admin/institutions/{id}",
                "/api/v1/admin/institutions/{id}/key", "/api/v1/admin/institutions/{id}/revocation",
                "/api/v1/institutions/me")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
        JsonObject scheme = openapi.getJsonObject("components").getJsonObject("securitySchemes")
                .getJsonObject("institutionKey");
        assertEquals("apiKey", scheme.getString("type"));
        assertEquals("X-Api-Key", scheme.getString("name"));
        assertEquals("header", scheme.getString("in"));
    }

    static void assertProblem(Http.Reply reply, int status, String slug) {
        StaffAuthChecks.assertProblem(reply, status, slug);
    }

    private static List<String> fields(Http.Reply reply) {
        return errors(reply).getValuesAs(JsonObject.class).stream().map(e -> e.getString("field")).toList();
    }

    private static List<String> messages(Http.Reply reply) {
        return errors(reply).getValuesAs(JsonObject.class).stream().map(e -> e.getString("message")).toList();
    }

    private static JsonArray errors(Http.Reply reply) {
        assertEquals(400, reply.status(), reply.body());
        JsonValue errors = reply.json().get("errors");
        return errors.asJsonArray();
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** The stored hash of the institution's key, and every column of its row as text. */
    private record StoredKey(String hash, String row) {
    }

    private static StoredKey storedKey(long id) throws Exception {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement query = db.prepareStatement("SELECT key_hash, CONCAT_WS('|', id, name, kind, contact, "
                     + "key_prefix, key_hash, key_issued_at, checks_per_minute, active, created_at, created_by, "
                     + "revoked_at, revoked_by, last_used_at) FROM relying_institutions WHERE id = ?")) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "institution " + id);
                return new StoredKey(row.getString(1), row.getString(2));
            }
        }
    }
}
