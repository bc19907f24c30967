package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A credential's life as institutions and its holder see it: checked with an institution's key (by code or QR
 * token), every check shown to the holder, revoked by the holder, expired, and each key held to its allowance.
 */
abstract class IdentityCredentialChecks extends DeployedApplication {

    static final String CHECK = "api/v1/verifications/";

    Http api() {
        return new Http(base());
    }

    /** A new institution's key, allowed {@code checksPerMinute} checks a minute; added by an administrator. */
    static String institutionKey(Http api, String name, String kind, int checksPerMinute) {
        Http.Reply created = api.post("api/v1/admin/institutions", "{\"name\": \"" + name + "\", \"kind\": \"" + kind
                + "\", \"checksPerMinute\": " + checksPerMinute + "}", StaffAccounts.bearer(StaffAccounts.adminToken(api)));
        assertEquals(201, created.status(), created.body());
        return created.json().getString("apiKey");
    }

    private String institutionKey(String name, int checksPerMinute) {
        return institutionKey(api(), name + " " + ThreadLocalRandom.current().nextInt(1_000_000), "BANK", checksPerMinute);
    }

    private Http.Reply check(String code, String apiKey) {
        return api().get(CHECK + code, "X-Api-Key", apiKey, "Accept-Language", "en");
    }

    private Http.Reply mine(JsonObject credential) {
        return api().get("api/v1/identity/credentials/mine", "Authorization", "CitizenToken " + credential.getString("holderToken"));
    }

    @Test
    void anInstitutionChecksTheCodeAndTheHolderSeesWhoChecked() throws Exception {
        JsonObject credential = IdentityVerificationChecks.verifiedResident(api());
        String key = institutionKey("湖州银行吴兴支行", 60);

        Http.Reply checked = check(credential.getString("code").toLowerCase().replace("-", "%20"), key);

        assertEquals(200, checked.status(), checked.body());
        JsonObject answer = checked.json();
        assertEquals("VALID", answer.getString("status"));
        assertEquals("王晓明", answer.getString("name"));
        assertEquals("RESIDENT_ID", answer.getString("documentType"));
        assertEquals("CHN", answer.getString("nationality"));
        assertEquals("REGISTRY_PHONE_REALNAME", answer.getString("level"));
        assertEquals(credential.getString("validUntil"), answer.getString("validUntil"));
        assertEquals(java.util.Set.of("status", "name", "nationality", "documentType", "level", "validUntil"),
                answer.keySet(), "nothing more, and never the document number");

        JsonObject seen = mine(credential).json().getJsonArray("checks").getJsonObject(0);
        assertTrue(seen.getString("institution").startsWith("湖州银行吴兴支行"), seen.toString());
        assertEquals("BANK", seen.getString("institutionKind"));
        assertEquals("VALID", seen.getString("statusSeen"));
    }

    @Test
    void theQrCodesTokenChecksLikeTheCodeAndAForgedOneIsUnknown() throws Exception {
        JsonObject credential = IdentityVerificationChecks.verifiedResident(api());
        String key = institutionKey("Hotel", 60);
        String token = credential.getString("qrToken");

        assertEquals("VALID", check(token, key).json().getString("status"));
        String[] parts = token.split("\\.");
        String forged = parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);
        assertEquals(404, check(forged, key).status());
        assertEquals(404, check("0000-0000-0000", key).status());
        assertEquals(1, mine(credential).json().getJsonArray("checks").size(), "the forged token and the unknown code found nothing to record");
    }

    @Test
    void aRevokedCredentialIsToldRevokedFromThenOn() throws Exception {
        JsonObject credential = IdentityVerificationChecks.verifiedResident(api());
        String key = institutionKey("Office", 60);

        Http.Reply revoked = api().post("api/v1/identity/credentials/mine/revocation", "",
                "Authorization", "CitizenToken " + credential.getString("holderToken"));

        assertEquals(200, revoked.status(), revoked.body());
        assertEquals("REVOKED", revoked.json().getString("status"));
        assertEquals("HOLDER", revoked.json().getString("revokedBecause"));
        assertEquals("REVOKED", check(credential.getString("code"), key).json().getString("status"));
    }

    @Test
    void aNewVerificationOfTheSameDocumentReplacesTheEarlierCredential() throws Exception {
        String number = IdentityPeople.residentNumber("330502", IdentityVerificationChecks.BORN);
        String[] phone = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "RESIDENT_ID", null, number, "王晓明", IdentityVerificationChecks.BORN, phone[1]);
        String body = IdentityVerificationChecks.residentBody(number, "王晓明", phone[0], "330502");
        JsonObject first = IdentityVerificationChecks.verify(api(), body, phone[1]).json().getJsonObject("credential");
        JsonObject second = IdentityVerificationChecks.verify(api(), body, phone[1]).json().getJsonObject("credential");
        String key = institutionKey("Bank", 60);

        assertEquals("REVOKED", check(first.getString("code"), key).json().getString("status"));
        assertEquals("SUPERSEDED", mine(first).json().getString("revokedBecause"));
        assertEquals("VALID", check(second.getString("code"), key).json().getString("status"));
    }

    @Test
    void aCredentialPastItsValidityIsToldExpired() throws Exception {
        JsonObject credential = IdentityVerificationChecks.verifiedResident(api());
        String key = institutionKey("Bank", 60);
        // Thirty days pass: the credential's end moves into the past.
        try (Connection db = TestEnvironment.connect();
             PreparedStatement age = db.prepareStatement("UPDATE identity_credentials SET expires_at = UTC_TIMESTAMP(3) "
                     + "- INTERVAL 1 SECOND WHERE holder_token_hash = SHA2(?, 256)")) {
            age.setString(1, credential.getString("holderToken"));
            assertEquals(1, age.executeUpdate());
        }

        assertEquals("EXPIRED", check(credential.getString("code"), key).json().getString("status"));
        assertEquals("EXPIRED", mine(credential).json().getString("status"));
    }

    @Test
    void everyKeyIsHeldToItsOwnAllowance() throws Exception {
        JsonObject credential = IdentityVerificationChecks.verifiedResident(api());
        String small = institutionKey("Small bank", 3);
        String other = institutionKey("Other bank", 3);

        for (int i = 0; i < 3; i++) {
            assertEquals(200, check(credential.getString("code"), small).status());
        }
        Http.Reply refused = check(credential.getString("code"), small);
        assertEquals(429, refused.status(), refused.body());
        assertEquals("60", refused.header("Retry-After"));
        assertEquals(200, check(credential.getString("code"), other).status(), "another key has its own allowance");
        assertEquals(4, mine(credential).json().getJsonArray("checks").size(), "a refused check sees nothing and is not recorded");
    }

    @Test
    void anAllowanceHoldsWhenChecksArriveAtOnce() throws Exception {
        JsonObject credential = IdentityVerificationChecks.verifiedResident(api());
        String key = institutionKey("Busy bank", 3);
        ExecutorService callers = Executors.newFixedThreadPool(10);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                answers.add(callers.submit(() -> check(credential.getString("code"), key).status()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertEquals(3, statuses.stream().filter(status -> status == 200).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(status -> status == 429).count(), statuses.toString());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void noKeyOrAWrongKeyLearnsNothing() throws Exception {
        JsonObject credential = IdentityVerificationChecks.verifiedResident(api());

        Http.Reply noKey = api().get(CHECK + credential.getString("code"));
        Http.Reply wrongKey = check(credential.getString("code"), "jw_abcdefgh_" + "A".repeat(43));

        assertEquals(401, noKey.status());
        assertEquals(401, wrongKey.status());
        assertFalse(noKey.body().contains("王"), noKey.body());
        assertTrue(mine(credential).json().getJsonArray("checks").isEmpty());
    }

    @Test
    void theEndpointsAreInTheApiDescription() {
        JsonObject paths = api().get("/openapi", "Accept", "application/json").json().getJsonObject("paths");

        for (String path : java.util.List.of("/api/v1/identity/verifications",
                "/api/v1/identity/verifications/{verificationId}/confirmation", "/api/v1/identity/credentials/mine",
                "/api/v1/identity/credentials/mine/qr.svg", "/api/v1/identity/credentials/mine/revocation",
                "/api/v1/verifications/{code}")) {
            assertTrue(paths.containsKey(path), path + " in " + paths.keySet());
        }
    }
}
