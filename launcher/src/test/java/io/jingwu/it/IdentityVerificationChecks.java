package io.jingwu.it;

import io.jingwu.api.platform.crypto.DataKeys;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/identity/verifications}: a person gives a document and a phone, confirms the code, and is either
 * matched in the registry (a credential) or referred to the office that can sort it out (a request in its queue), with
 * one answer whether the registry did not know the document or knew other details for it.
 */
abstract class IdentityVerificationChecks extends DeployedApplication {

    static final String START = "api/v1/identity/verifications";
    static final LocalDate BORN = LocalDate.of(1990, 3, 7);

    Http api() {
        return new Http(base());
    }

    static String residentBody(String number, String name, String phone, String division) {
        return "{\"kind\": \"RESIDENT_ID\", \"value\": \"" + number + "\", \"name\": \"" + name + "\", \"phone\": \""
                + phone + "\", \"divisionCode\": \"" + division + "\", \"lang\": \"en\"}";
    }

    static String passportBody(String number, String surname, String givenNames, LocalDate born, LocalDate expires,
                               String phone, String division) {
        return "{\"kind\": \"PASSPORT\", \"fields\": {\"number\": \"" + number + "\", \"nationality\": \"UZB\", "
                + "\"birthDate\": \"" + born + "\", \"expiryDate\": \"" + expires + "\", \"surname\": \"" + surname
                + "\", \"givenNames\": \"" + givenNames + "\"}, \"phone\": \"" + phone + "\", \"divisionCode\": \""
                + division + "\", \"lang\": \"en\"}";
    }

    /** Starts a verification and confirms it with the code the phone received: the confirmation's answer. */
    static Http.Reply verify(Http api, String body, String e164) throws Exception {
        Http.Reply started = api.post(START, body, "Accept-Language", "en");
        assertEquals(201, started.status(), started.body());
        String id = started.json().getString("verificationId");
        return api.post(START + "/" + id + "/confirmation",
                "{\"code\": \"" + CitizenAccessChecks.lastCodeSentTo(e164, "identity-code") + "\"}", "Accept-Language", "en");
    }

    /** A resident enrolled in the registry, verified: the confirmation's credential. */
    static JsonObject verifiedResident(Http api) throws Exception {
        String number = IdentityPeople.residentNumber("330502", BORN);
        String[] phone = IdentityPeople.mobile();
        IdentityPeople.enrol(api, "RESIDENT_ID", null, number, "王晓明", BORN, phone[1]);
        Http.Reply confirmed = verify(api, residentBody(number, "王晓明", phone[0], "330502"), phone[1]);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("VERIFIED", confirmed.json().getString("status"), confirmed.body());
        return confirmed.json().getJsonObject("credential");
    }

    @Test
    void aResidentInTheRegistryIsVerifiedAndGetsACredentialToReuse() throws Exception {
        String number = IdentityPeople.residentNumber("330502", BORN);
        String[] phone = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "RESIDENT_ID", null, number, "王晓明", BORN, phone[1]);

        Http.Reply started = api().post(START, residentBody(number, "王 晓明", phone[0], "330502"));
        assertEquals(201, started.status(), started.body());
        assertEquals(phone[0].substring(0, 3) + "****" + phone[0].substring(7), started.json().getString("phoneMasked"));
        Http.Reply confirmed = api().post(START + "/" + started.json().getString("verificationId") + "/confirmation",
                "{\"code\": \"" + CitizenAccessChecks.lastCodeSentTo(phone[1], "identity-code") + "\"}");

        assertEquals(200, confirmed.status(), confirmed.body());
        JsonObject credential = confirmed.json().getJsonObject("credential");
        assertTrue(credential.getString("code").matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){2}"), credential.toString());
        assertEquals("REGISTRY_PHONE_REALNAME", credential.getString("level"));
        Duration lifetime = Duration.between(Instant.now(), Instant.parse(credential.getString("validUntil")));
        assertTrue(lifetime.compareTo(Duration.ofDays(29)) > 0 && lifetime.compareTo(Duration.ofDays(30)) <= 0, lifetime.toString());
        assertFalse(confirmed.body().contains(number), "the answer never carries the document number");

        Http.Reply mine = api().get("api/v1/identity/credentials/mine",
                "Authorization", "CitizenToken " + credential.getString("holderToken"));
        assertEquals(200, mine.status(), mine.body());
        assertEquals("VALID", mine.json().getString("status"));
        assertEquals(credential.getString("code"), mine.json().getString("code"));
        assertEquals("王*", mine.json().getString("nameMasked").substring(0, 2));
        assertTrue(mine.json().getJsonArray("checks").isEmpty());
        assertEquals(401, api().get("api/v1/identity/credentials/mine", "Authorization", "CitizenToken nothing").status());
    }

    /** The code's hash in a copy of the database is keyed: a plain SHA-256 of six digits is reversed at once. */
    @Test
    void theStoredCodeIsNotAPlainHashOfItsDigits() throws Exception {
        String number = IdentityPeople.residentNumber("330502", BORN);
        String[] phone = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "RESIDENT_ID", null, number, "赵海峰", BORN, phone[1]);
        Http.Reply started = api().post(START, residentBody(number, "赵海峰", phone[0], "330502"));
        assertEquals(201, started.status(), started.body());
        String id = started.json().getString("verificationId");
        String code = CitizenAccessChecks.lastCodeSentTo(phone[1], "identity-code");

        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT code_hash FROM identity_verifications WHERE public_id = ?")) {
            read.setString(1, id);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                String stored = row.getString(1);
                assertNotEquals(CitizenAccessChecks.sha256(code), stored);
                assertNotEquals(CitizenAccessChecks.sha256(id + ":" + code), stored);
            }
        }
        Http.Reply confirmed = api().post(START + "/" + id + "/confirmation", "{\"code\": \"" + code + "\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("VERIFIED", confirmed.json().getString("status"), "the code still confirms");
    }

    @Test
    void theDocumentAndTheHolderAreEncryptedAtRest() throws Exception {
        String number = IdentityPeople.residentNumber("330502", BORN);
        String[] phone = IdentityPeople.mobile();
        Http.Reply started = api().post(START, residentBody(number, "林志强", phone[0], "330502"));
        assertEquals(201, started.status(), started.body());

        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT * FROM identity_verifications WHERE public_id = ?")) {
            read.setString(1, started.json().getString("verificationId"));
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                StringBuilder stored = new StringBuilder();
                for (int column = 1; column <= row.getMetaData().getColumnCount(); column++) {
                    stored.append(row.getString(column)).append('|');
                }
                assertFalse(stored.toString().contains(number), stored.toString());
                assertFalse(stored.toString().contains(number.substring(6, 14)), "nor the birth date in it");
                assertFalse(stored.toString().contains("林志强"), stored.toString());
                assertFalse(stored.toString().contains(phone[0]), stored.toString());
            }
        }
    }

    @Test
    void aResidentTheRegistryCannotConfirmIsReferredToTheHouseholdOfficeWhereTheyLive() throws Exception {
        String[] phone = IdentityPeople.mobile();
        Http.Reply confirmed = verify(api(), residentBody(IdentityPeople.residentNumber("330109", BORN), "陈丽华",
                phone[0], "330502"), phone[1]);

        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("REFERRED", confirmed.json().getString("status"));
        JsonObject request = api().get("api/v1/requests/" + confirmed.json().getString("trackingNumber")).json();
        assertEquals("IDENTITY_EXCEPTION", request.getString("type"));
        assertEquals("resident-not-confirmed", request.getString("category"));
        assertEquals("HUZ-WX-HOUSEHOLD", request.getJsonObject("unit").getString("code"));
        assertEquals("SUBMITTED", request.getString("status"));
    }

    @Test
    void aForeignResidentTheRegistryCannotConfirmIsReferredToExitEntry() throws Exception {
        String[] phone = IdentityPeople.mobile();
        Http.Reply confirmed = verify(api(), passportBody(IdentityPeople.passportNumber(), "KARIMOVA", "DILNOZA",
                LocalDate.of(1994, 2, 11), LocalDate.now().plusYears(3), phone[0], "330502"), phone[1]);

        assertEquals("REFERRED", confirmed.json().getString("status"), confirmed.body());
        JsonObject request = api().get("api/v1/requests/" + confirmed.json().getString("trackingNumber")).json();
        assertEquals("foreigner-not-confirmed", request.getString("category"));
        assertEquals("HUZ-EXIT-ENTRY", request.getJsonObject("unit").getString("code"));
    }

    @Test
    void otherDetailsForAKnownDocumentAndAnUnknownDocumentGetTheSameAnswer() throws Exception {
        String known = IdentityPeople.residentNumber("330502", BORN);
        String[] phone = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "RESIDENT_ID", null, known, "张雨欣", BORN, phone[1]);
        String[] otherPhone = IdentityPeople.mobile();

        Http.Reply wrongName = verify(api(), residentBody(known, "张雨晴", phone[0], "330502"), phone[1]);
        Http.Reply unknown = verify(api(), residentBody(IdentityPeople.residentNumber("330502", BORN), "张雨欣",
                otherPhone[0], "330502"), otherPhone[1]);

        assertEquals(wrongName.status(), unknown.status());
        assertEquals(wrongName.body().replace(wrongName.json().getString("trackingNumber"), "TN"),
                unknown.body().replace(unknown.json().getString("trackingNumber"), "TN"));
        assertEquals("REFERRED", unknown.json().getString("status"));
    }

    @Test
    void anExpiredPassportIsRefusedWithNothingStoredOrSent() throws Exception {
        String[] phone = IdentityPeople.mobile();
        // the body says en: only ?lang= comes before it
        Http.Reply refused = api().post(START + "?lang=zh", passportBody(IdentityPeople.passportNumber(), "KARIMOVA",
                "DILNOZA", LocalDate.of(1994, 2, 11), LocalDate.now().minusDays(3), phone[0], "330502"));

        assertEquals(400, refused.status(), refused.body());
        JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("document", error.getString("field"));
        assertTrue(error.getString("message").startsWith("证件已过期"), error.getString("message"));
        assertThrowsNoCode(phone[1]);
        try (Connection db = TestEnvironment.connect();
             PreparedStatement stored = db.prepareStatement("SELECT COUNT(*) FROM identity_verifications WHERE phone_hash = ?")) {
            stored.setString(1, DataKeys.derive(TestEnvironment.cryptoKey()).lookupHash("phone", phone[1]));
            try (ResultSet count = stored.executeQuery()) {
                count.next();
                assertEquals(0, count.getInt(1));
            }
        }
    }

    @Test
    void everyBrokenRuleIsNamedInTheCallersLanguage() {
        Http.Reply refused = api().post(START, "{\"kind\": \"RESIDENT_ID\", \"value\": \"330502199003071231\", "
                + "\"phone\": \"123\", \"divisionCode\": \"999999\"}", "Accept-Language", "en");

        assertEquals(400, refused.status(), refused.body());
        String body = refused.body();
        assertTrue(body.contains("\"field\":\"document\""), body);
        assertTrue(body.contains("The check digit of the document number does not match"), body);
        assertTrue(body.contains("\"field\":\"phone\""), body);
        assertTrue(body.contains("\"field\":\"divisionCode\""), body);
    }

    @Test
    void aCodeTriedTooOftenIsSpent() throws Exception {
        String number = IdentityPeople.residentNumber("330502", BORN);
        String[] phone = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "RESIDENT_ID", null, number, "王晓明", BORN, phone[1]);
        Http.Reply started = api().post(START, residentBody(number, "王晓明", phone[0], "330502"));
        String confirmation = START + "/" + started.json().getString("verificationId") + "/confirmation";
        String code = CitizenAccessChecks.lastCodeSentTo(phone[1], "identity-code");
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int guess = 0; guess < 5; guess++) {
            Http.Reply refused = api().post(confirmation, "{\"code\": \"" + wrong + "\"}", "Accept-Language", "en");
            assertEquals(422, refused.status(), refused.body());
            assertEquals("Code not accepted", refused.json().getString("title"));
        }
        assertEquals(422, api().post(confirmation, "{\"code\": \"" + code + "\"}").status(), "five wrong guesses spend it");
        assertEquals(404, api().post(START + "/nosuchverification0000/confirmation", "{\"code\": \"" + code + "\"}").status());
    }

    @Test
    void aVerificationNeverConfirmedIsForgottenAfterADayAndAFinishedOneStays() throws Exception {
        String[] phone = IdentityPeople.mobile();
        Http.Reply abandoned = api().post(START, residentBody(IdentityPeople.residentNumber("330502", BORN), "林志强",
                phone[0], "330502"));
        String[] otherPhone = IdentityPeople.mobile();
        Http.Reply referred = verify(api(), residentBody(IdentityPeople.residentNumber("330502", BORN), "林志强",
                otherPhone[0], "330502"), otherPhone[1]);
        assertEquals("REFERRED", referred.json().getString("status"));
        String abandonedId = abandoned.json().getString("verificationId");
        String finishedId = referred.json().getString("trackingNumber");
        try (Connection db = TestEnvironment.connect();
             PreparedStatement age = db.prepareStatement("UPDATE identity_verifications SET created_at = created_at "
                     + "- INTERVAL 25 HOUR WHERE public_id = ? OR request_id = (SELECT id FROM requests WHERE tracking_number = ?)")) {
            age.setString(1, abandonedId);
            age.setString(2, finishedId.replace("-", ""));
            assertEquals(2, age.executeUpdate());
        }

        Http.Reply purged = api().post("api/test-support/housekeeping-runs", "{\"at\": \"" + Instant.now() + "\"}");

        assertEquals(200, purged.status(), purged.body());
        try (Connection db = TestEnvironment.connect();
             PreparedStatement left = db.prepareStatement("SELECT public_id FROM identity_verifications WHERE public_id = ? "
                     + "OR request_id = (SELECT id FROM requests WHERE tracking_number = ?)")) {
            left.setString(1, abandonedId);
            left.setString(2, finishedId.replace("-", ""));
            try (ResultSet rows = left.executeQuery()) {
                assertTrue(rows.next(), "the referred verification stays with its request");
                assertFalse(abandonedId.equals(rows.getString(1)));
                assertFalse(rows.next(), "the abandoned one is gone");
            }
        }
    }

    private static void assertThrowsNoCode(String e164) {
        try {
            CitizenAccessChecks.lastCodeSentTo(e164, "identity-code");
        } catch (AssertionError expected) {
            return;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("a code was sent to " + e164 + " although the verification was refused");
    }
}
