package io.jingwu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff sign-in and the one authentication mechanism: tokens, roles, lockout, and the administrators' endpoints
 * for accounts and units, while the citizens' API stays open without a token.
 */
abstract class StaffAuthChecks extends DeployedApplication {

    private static final String EN = "en";

    Http api() {
        return new Http(base());
    }

    static String unique(String prefix) {
        return StaffAccounts.unique(prefix);
    }

    Http.Reply signIn(String username, String password) {
        return api().post("api/v1/auth/token", Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString(), "Accept-Language", EN);
    }

    String tokenOf(String username, String password) {
        Http.Reply reply = signIn(username, password);
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("token");
    }

    String adminToken() {
        return StaffAccounts.adminToken(api());
    }

    static String[] bearer(String token, String... more) {
        return StaffAccounts.bearer(token, more);
    }

    /** Creates a clerk of the Zhinan police station; returns the user name. */
    String createClerk(String adminToken, String password) {
        String username = unique("clerk.");
        Http.Reply created = api().post("api/v1/admin/users", """
                {"username": "%s", "displayName": "王丽", "password": "%s", "roles": ["CLERK"],
                 "unitCodes": ["HUZ-ZL-ZHINAN-PS"]}
                """.formatted(username, password), bearer(adminToken));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    static JsonObject claimsOf(String token) {
        String[] parts = token.split("\\.");
        assertEquals(3, parts.length, token);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(payload))) {
            return reader.readObject();
        }
    }

    static void assertProblem(Http.Reply reply, int status, String slug) {
        assertEquals(status, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType() + " " + reply.body());
        JsonObject problem = reply.json();
        assertEquals(status, problem.getInt("status"));
        assertEquals("https://jingwu.io/problems/" + slug, problem.getString("type"));
    }

    static long unitId(String code) throws SQLException {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement query = db.prepareStatement("SELECT id FROM units WHERE code = ?")) {
            query.setString(1, code);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), code);
                return row.getLong(1);
            }
        }
    }

    @Test
    void theFirstAdministratorSignsInAndGetsASignedToken() throws Exception {
        Http.Reply reply = signIn("admin", TestEnvironment.adminPassword());

        assertEquals(200, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject body = reply.json();
        assertEquals(List.of("token"), List.copyOf(body.keySet()), "the contract is exactly {\"token\": ...}");
        JsonObject claims = claimsOf(body.getString("token"));
        assertEquals("admin", claims.getString("sub"));
        assertEquals(List.of("ADMIN"), claims.getJsonArray("groups").getValuesAs(JsonString::getString));
        assertEquals(unitId("NATIONAL-DUTY"), claims.getJsonArray("units").getJsonNumber(0).longValue());
        assertEquals(Duration.ofHours(8).toSeconds(), claims.getJsonNumber("exp").longValue() - claims.getJsonNumber("iat").longValue());
        assertFalse(claims.getString("jti").isBlank());
    }

    @Test
    void anAdministratorCreatesAClerkWhoSignsInAndSeesTheirUnit() throws Exception {
        String password = "湖州 night shift " + UUID.randomUUID();
        String admin = adminToken();
        String username = createClerk(admin, password);

        Http.Reply me = api().get("api/v1/staff/me", bearer(tokenOf(username, password), "Accept-Language", EN));

        assertEquals(200, me.status(), me.body());
        JsonObject view = me.json();
        assertEquals(username, view.getString("username"));
        assertEquals("王丽", view.getString("displayName"));
        assertEquals(List.of("CLERK"), view.getJsonArray("roles").getValuesAs(JsonString::getString));
        JsonObject unit = view.getJsonArray("units").getJsonObject(0);
        assertEquals("HUZ-ZL-ZHINAN-PS", unit.getString("code"));
        assertEquals("Zhinan police station, Zhili sub-bureau, Huzhou", unit.getString("name"));
        assertEquals(unitId("HUZ-ZL-ZHINAN-PS"), unit.getJsonNumber("id").longValue());

        try (Connection db = TestEnvironment.connect();
             PreparedStatement query = db.prepareStatement("SELECT password_hash FROM staff_users WHERE username = ?")) {
            query.setString(1, username);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                String hash = row.getString(1);
                assertTrue(hash.startsWith("PBKDF2WithHmacSHA256:210000:"), hash);
                assertFalse(hash.contains("night shift"));
            }
        }
        Http.Reply listed = api().get("api/v1/admin/users?limit=200", bearer(admin));
        assertEquals(200, listed.status(), listed.body());
        assertTrue(listed.body().contains(username));
        assertFalse(listed.body().contains("PBKDF2") || listed.body().toLowerCase().contains("password"), listed.body());
    }

    @Test
    void aClerkCallingAnAdministratorsEndpointGets403ProblemDocument() {
        String password = "Clerk-password-" + UUID.randomUUID();
        String clerk = tokenOf(createClerk(adminToken(), password), password);

        Http.Reply users = api().get("api/v1/admin/users", bearer(clerk, "Accept-Language", EN));
        assertProblem(users, 403, "forbidden");
        assertEquals("Not allowed", users.json().getString("title"));

        Http.Reply units = api().post("api/v1/admin/units", """
                {"code": "X-1", "nameZh": "某单位", "nameEn": "Some unit", "kind": "POLICE_STATION", "jurisdiction": ["33"]}
                """, bearer(clerk));
        assertProblem(units, 403, "forbidden");
        assertEquals("无权操作", units.json().getString("title"), "Chinese by default");
    }

    @Test
    void withoutATokenAStaffEndpointAnswers401ProblemDocument() {
        Http.Reply zh = api().get("api/v1/admin/users");
        assertProblem(zh, 401, "unauthenticated");
        assertEquals("请先登录", zh.json().getString("title"));

        Http.Reply en = api().get("api/v1/staff/me", "Accept-Language", "en-GB,en;q=0.8");
        assertProblem(en, 401, "unauthenticated");
        assertEquals("Please sign in", en.json().getString("title"));
    }

    @Test
    void aTamperedOrForeignTokenIsRefusedWith401() {
        String password = "Clerk-password-" + UUID.randomUUID();
        String[] parts = tokenOf(createClerk(adminToken(), password), password).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"CLERK\"", "\"ADMIN\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertProblem(api().get("api/v1/admin/users", bearer(forged, "Accept-Language", EN)), 401, "token-rejected");
        assertProblem(api().get("api/v1/staff/me", bearer("not.a.token")), 401, "token-rejected");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountWithTheSameAnswerAsAnUnknownUser() throws Exception {
        String password = "Right-password-" + UUID.randomUUID();
        String username = createClerk(adminToken(), password);
        Http.Reply unknown = signIn(unique("nobody."), password);
        assertProblem(unknown, 401, "sign-in-failed");

        for (int attempt = 1; attempt <= 5; attempt++) {
            Http.Reply wrong = signIn(username, "Wrong-password-" + attempt);
            assertEquals(unknown.status(), wrong.status());
            assertEquals(unknown.body(), wrong.body(), "attempt " + attempt);
        }

        Http.Reply locked = signIn(username, password);
        assertEquals(unknown.status(), locked.status());
        assertEquals(unknown.body(), locked.body(), "even the right password, while locked");

        try (Connection db = TestEnvironment.connect()) {
            Instant until;
            try (PreparedStatement query = db.prepareStatement(
                    "SELECT locked_until FROM staff_users WHERE username = ?")) {
                query.setString(1, username);
                try (ResultSet row = query.executeQuery()) {
                    assertTrue(row.next());
                    until = row.getTimestamp(1).toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
                }
            }
            Duration left = Duration.between(Instant.now(), until);
            assertTrue(left.compareTo(Duration.ofMinutes(14)) > 0 && left.compareTo(Duration.ofMinutes(15)) <= 0, left.toString());

            // the fifteen minutes pass
            try (PreparedStatement pass = db.prepareStatement(
                    "UPDATE staff_users SET locked_until = ? WHERE username = ?")) {
                pass.setObject(1, until.minus(Duration.ofMinutes(16)).atOffset(java.time.ZoneOffset.UTC).toLocalDateTime());
                pass.setString(2, username);
                assertEquals(1, pass.executeUpdate());
            }
        }
        assertEquals(200, signIn(username, password).status());
    }

    /**
     * Password spraying from one address, and the PBKDF2 work it costs the server, stop at the address's allowance
     * of failed sign-ins a minute: then the address's sign-ins are refused with 429 before any password is checked,
     * the right password of a real account too. Sign-ins that succeed do not count, so that the clerks of a station
     * behind one address are not kept out by each other.
     */
    @Test
    void failedSignInsFromOneAddressAreThrottledBeforeAnyPasswordIsChecked() throws Exception {
        Http api = new Http(StaffSignInThrottle.overIpv4(base()));
        String password = "Clerk-password-" + UUID.randomUUID();
        String username = createClerk(adminToken(), password);
        int allowance = TestEnvironment.staffFailedSignInsPerMinute();
        StaffSignInThrottle.letTheMinutePass();
        try {
            StaffSignInThrottle.fail(api, allowance - 1);
            assertEquals(200, StaffSignInThrottle.signIn(api, username, password).status(), "successes do not count");
            assertEquals(200, StaffSignInThrottle.signIn(api, username, password).status(), "successes do not count");
            assertProblem(StaffSignInThrottle.signIn(api, username, "Wrong-password-1"), 401, "sign-in-failed");

            Http.Reply throttled = StaffSignInThrottle.signIn(api, username, password);
            assertProblem(throttled, 429, "too-many-sign-ins");
            assertEquals("60", throttled.header("Retry-After"));
            assertEquals("Too many sign-in attempts", throttled.json().getString("title"));
            Http.Reply chinese = api.post("api/v1/auth/token", Json.createObjectBuilder().add("username", username)
                    .add("password", password).build().toString(), "Accept-Language", "zh-CN");
            assertProblem(chinese, 429, "too-many-sign-ins");
            assertEquals("登录尝试过于频繁", chinese.json().getString("title"));
        } finally {
            StaffSignInThrottle.letTheMinutePass();
        }
        assertEquals(200, StaffSignInThrottle.signIn(api, username, password).status(), "a minute later");
    }

    @Test
    void aSwitchedOffAccountsTokenStopsWorkingAtOnce() {
        String admin = adminToken();
        String password = "Clerk-password-" + UUID.randomUUID();
        String username = createClerk(admin, password);
        String clerk = tokenOf(username, password);
        assertEquals(200, api().get("api/v1/staff/me", bearer(clerk)).status());

        Http.Reply off = api().patch("api/v1/admin/users/" + username, "{\"active\": false}", bearer(admin));
        assertEquals(200, off.status(), off.body());
        assertFalse(off.json().getBoolean("active"));

        assertProblem(api().get("api/v1/staff/me", bearer(clerk)), 401, "token-rejected");
        assertProblem(signIn(username, password), 401, "sign-in-failed");
    }

    @Test
    void aPasswordResetEndsEarlierTokensAndTheOldPassword() {
        String admin = adminToken();
        String oldPassword = "Old-password-" + UUID.randomUUID();
        String username = createClerk(admin, oldPassword);
        String oldToken = tokenOf(username, oldPassword);

        String newPassword = "New-password-" + UUID.randomUUID();
        Http.Reply reset = api().put("api/v1/admin/users/" + username + "/password",
                "{\"password\": \"" + newPassword + "\"}", bearer(admin));
        assertEquals(204, reset.status(), reset.body());

        assertProblem(api().get("api/v1/staff/me", bearer(oldToken)), 401, "token-rejected");
        assertProblem(signIn(username, oldPassword), 401, "sign-in-failed");
        assertEquals(200, api().get("api/v1/staff/me", bearer(tokenOf(username, newPassword))).status());
    }

    static String passwordChange(String current, String replacement) {
        return Json.createObjectBuilder().add("currentPassword", current).add("newPassword", replacement).build().toString();
    }

    /**
     * A member of staff changes their own password with the current one. As after a reset, every token issued
     * before ends (on their other devices too); the answer carries a token for the caller to go on with.
     */
    @Test
    void aMemberOfStaffChangesTheirOwnPasswordAndTheirEarlierTokensEnd() {
        String oldPassword = "Old-password-" + UUID.randomUUID();
        String username = createClerk(adminToken(), oldPassword);
        String onThePhone = tokenOf(username, oldPassword);
        String atTheDesk = tokenOf(username, oldPassword);
        String newPassword = "新的 night shift " + UUID.randomUUID();

        Http.Reply changed = api().put("api/v1/staff/me/password", passwordChange(oldPassword, newPassword),
                bearer(atTheDesk));

        assertEquals(200, changed.status(), changed.body());
        assertEquals(List.of("token"), List.copyOf(changed.json().keySet()));
        assertEquals("no-store", changed.header("Cache-Control"));
        assertEquals(200, api().get("api/v1/staff/me", bearer(changed.json().getString("token"))).status());
        assertProblem(api().get("api/v1/staff/me", bearer(onThePhone)), 401, "token-rejected");
        assertProblem(api().get("api/v1/staff/me", bearer(atTheDesk)), 401, "token-rejected");
        assertProblem(signIn(username, oldPassword), 401, "sign-in-failed");
        assertEquals(200, signIn(username, newPassword).status());
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
        String password = "Clerk-password-" + UUID.randomUUID();
        String username = createClerk(adminToken(), password);
        String token = tokenOf(username, password);

        Http.Reply wrong = api().put("api/v1/staff/me/password", passwordChange("Not-my-password-1", "A-good-new-password-2026"),
                bearer(token, "Accept-Language", EN));
        assertProblem(wrong, 400, "invalid-input");
        assertEquals("currentPassword: The current password is not right.", errorsOf(wrong).get(0));

        Http.Reply weak = api().put("api/v1/staff/me/password", passwordChange(password, "short"),
                bearer(token, "Accept-Language", "zh-CN"));
        assertProblem(weak, 400, "invalid-input");
        assertEquals("newPassword: 密码长度为 12 至 128 个字符。", errorsOf(weak).get(0));

        Http.Reply same = api().put("api/v1/staff/me/password", passwordChange(password, password),
                bearer(token, "Accept-Language", EN));
        assertEquals(List.of("newPassword: The new password must differ from the current one."), errorsOf(same));

        Http.Reply empty = api().put("api/v1/staff/me/password", "{}", bearer(token, "Accept-Language", EN));
        assertEquals(List.of("currentPassword: Please give your current password.", "newPassword: Please give a password."),
                errorsOf(empty));

        assertProblem(api().put("api/v1/staff/me/password", passwordChange(password, "A-good-new-password-2026")),
                401, "unauthenticated");
        assertEquals(200, api().get("api/v1/staff/me", bearer(token)).status(), "the token still works");
        assertEquals(200, signIn(username, password).status(), "and the password is unchanged");
    }

    private static List<String> errorsOf(Http.Reply reply) {
        return reply.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
    }

    @Test
    void anAdministratorChangesRolesAndUnitsAndTheyApplyToTheNextRequest() {
        String admin = adminToken();
        String password = "Clerk-password-" + UUID.randomUUID();
        String username = createClerk(admin, password);
        String token = tokenOf(username, password);

        Http.Reply changed = api().patch("api/v1/admin/users/" + username, """
                {"roles": ["CLERK", "SUPERVISOR"], "unitCodes": ["CNG-LINGXI-PS", "CNG-YISHAN-PS"]}
                """, bearer(admin));
        assertEquals(200, changed.status(), changed.body());

        JsonObject me = api().get("api/v1/staff/me", bearer(token)).json();
        assertEquals(List.of("CLERK", "SUPERVISOR"), me.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertEquals(List.of("CNG-LINGXI-PS", "CNG-YISHAN-PS"), me.getJsonArray("units").getValuesAs(JsonObject.class)
                .stream().map(u -> u.getString("code")).toList());
        assertProblem(api().get("api/v1/admin/users/nobody-" + UUID.randomUUID(), bearer(admin)), 404, "staff-user-not-found");
    }

    @Test
    void accountInputIsCheckedFieldByFieldInTheCallersLanguage() {
        Http.Reply refused = api().post("api/v1/admin/users", """
                {"username": "9 bad name", "displayName": "", "password": "short", "roles": ["JANITOR"],
                 "unitCodes": ["NO-SUCH-UNIT"]}
                """, bearer(adminToken(), "Accept-Language", EN));

        assertProblem(refused, 400, "invalid-input");
        List<JsonObject> errors = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class);
        assertEquals(List.of("username", "displayName", "password", "roles", "unitCodes"),
                errors.stream().map(e -> e.getString("field")).distinct().toList());
        assertTrue(errors.stream().anyMatch(e -> e.getString("message").equals("A password has 12 to 128 characters.")),
                errors.toString());

        Http.Reply clerkWithoutUnit = api().post("api/v1/admin/users", """
                {"username": "%s", "displayName": "李娜", "password": "A-long-enough-password", "roles": ["CLERK"]}
                """.formatted(unique("clerk.")), bearer(adminToken()));
        assertProblem(clerkWithoutUnit, 400, "invalid-input");
        assertEquals("受理员或主管至少要绑定一个单位。",
                clerkWithoutUnit.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        Http.Reply taken = api().post("api/v1/admin/users", """
                {"username": "ADMIN", "displayName": "Another", "password": "A-long-enough-password", "roles": ["ADMIN"]}
                """, bearer(adminToken(), "Accept-Language", EN));
        assertProblem(taken, 400, "invalid-input");
        assertEquals("This user name is already taken.", taken.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void anAdministratorCreatesAndDescribesAUnitWithoutARedeploy() {
        String admin = adminToken();
        String code = "IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Http.Reply created = api().post("api/v1/admin/units", """
                {"code": "%s", "nameZh": "拉萨市城关区测试派出所", "nameEn": "Test station, Chengguan, Lhasa",
                 "kind": "POLICE_STATION", "jurisdiction": ["540102"]}
                """.formatted(code), bearer(admin));
        assertEquals(201, created.status(), created.body());
        long id = created.json().getJsonNumber("id").longValue();
        assertNotNull(created.location());

        Http.Reply changed = api().put("api/v1/admin/units/" + id, """
                {"code": "%s", "nameZh": "拉萨市测试派出所", "nameEn": "Test station, Lhasa",
                 "kind": "POLICE_STATION", "jurisdiction": ["5401", "540102"], "active": false}
                """.formatted(code), bearer(admin));
        assertEquals(200, changed.status(), changed.body());

        JsonObject unit = api().get("api/v1/admin/units/" + id, bearer(admin)).json();
        assertEquals("拉萨市测试派出所", unit.getString("nameZh"));
        assertEquals(List.of("5401", "540102"), unit.getJsonArray("jurisdiction").getValuesAs(JsonString::getString));
        assertFalse(unit.getBoolean("active"));

        Http.Reply refused = api().post("api/v1/admin/units", """
                {"code": "%s", "nameZh": "", "nameEn": "x", "kind": "BAKERY", "jurisdiction": ["12345", "999999"]}
                """.formatted(code), bearer(admin, "Accept-Language", EN));
        assertProblem(refused, 400, "invalid-input");
        List<String> messages = refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field") + ": " + e.getString("message")).toList();
        assertEquals(List.of(
                "code: The code " + code + " is already used by another unit.",
                "nameZh: Please give the Chinese name.",
                "kind: Unknown kind BAKERY; choose from: POLICE_STATION, LIVELIHOOD_TEAM, MEDIATION, ANTI_FRAUD_CENTRE,"
                        + " EXIT_ENTRY, HOUSEHOLD_OFFICE, CAMPUS_STATION, ECOLOGICAL_POLICE, EXTERNAL_DEPARTMENT, DUTY_DESK.",
                "jurisdiction: \"12345\" is not a division code prefix: use 2, 4, 6 or 9 digits, or an empty prefix for the whole country.",
                "jurisdiction: There is no administrative division for the prefix 999999."), messages);
        assertProblem(api().get("api/v1/admin/units/987654321", bearer(admin)), 404, "unit-not-found");
    }

    @Test
    void theCitizensApiAndPagesStillAnswerWithoutAToken() {
        Http.Reply created = api().post("api/v1/requests", """
                {"type": "DISPUTE", "description": "邻居家的狗每天半夜叫，影响休息。", "divisionCode": "330327100",
                 "contactName": "陈静", "contactPhone": "13700002222", "lang": "zh"}
                """);
        assertEquals(201, created.status(), created.body());
        String trackingNumber = created.json().getString("trackingNumber");

        assertEquals(200, api().get("api/v1/requests/" + trackingNumber).status());
        assertEquals(200, api().get("api/v1/requests/" + trackingNumber, bearer("a citizen's token, not ours")).status(),
                "a token the staff mechanism does not know does not close a public endpoint");
        assertEquals(200, api().get("").status());
        JsonObject openapi = api().get("openapi", "Accept", "application/json").json();
        assertTrue(openapi.getJsonObject("paths").containsKey("/api/v1/auth/token"));
        assertTrue(openapi.getJsonObject("components").getJsonObject("securitySchemes").containsKey("staffToken"));
    }
}
