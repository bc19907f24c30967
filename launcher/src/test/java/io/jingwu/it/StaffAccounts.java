package io.jingwu.it;

import jakarta.json.Json;

import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Staff of the test run: the first administrator, and clerks or supervisors made for one test. */
final class StaffAccounts {

    static final String PASSWORD = "Kiosk-Harbour-47-lantern";

    /** Signed in once for the whole run: the token is valid for hours, and each sign-in costs a PBKDF2 check. */
    private static volatile String adminToken;

    private StaffAccounts() {
    }

    static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static String tokenOf(Http api, String username, String password) {
        Http.Reply reply = api.post("api/v1/auth/token", Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString());
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getString("token");
    }

    static String adminToken(Http api) {
        if (adminToken == null) {
            adminToken = tokenOf(api, "admin", TestEnvironment.adminPassword());
        }
        return adminToken;
    }

    /** A new account with one role in the given units; returns its user name. */
    static String create(Http api, String role, String... unitCodes) {
        String username = unique(role.toLowerCase() + ".");
        String units = String.join("\", \"", unitCodes);
        Http.Reply created = api.post("api/v1/admin/users", """
                {"username": "%s", "displayName": "测试 %s", "password": "%s", "roles": ["%s"], "unitCodes": ["%s"]}
                """.formatted(username, role, PASSWORD, role, units), bearer(adminToken(api)));
        assertEquals(201, created.status(), created.body());
        return username;
    }

    /** Creates the account and signs it in; returns its token. */
    static String signedIn(Http api, String role, String... unitCodes) {
        return tokenOf(api, create(api, role, unitCodes), PASSWORD);
    }

    static String[] bearer(String token, String... more) {
        String[] headers = new String[2 + more.length];
        headers[0] = "Authorization";
        headers[1] = "Bearer " + token;
        System.arraycopy(more, 0, headers, 2, more.length);
        return headers;
    }
}
