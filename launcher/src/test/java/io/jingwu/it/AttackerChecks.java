package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What someone out to abuse the service tries, and what stops them. Identity: another person's document details
 * with one's own phone; finding out which part of someone's details is right; using up a person's verifications.
 * Uploads: an image of a few kilobytes that would decode into hundreds of megabytes. Limits: a forged
 * {@code X-Forwarded-For} to get a fresh allowance on every call.
 */
abstract class AttackerChecks extends DeployedApplication {

    private static final LocalDate BORN = IdentityVerificationChecks.BORN;
    private static final String MINE = "api/v1/identity/credentials/mine";

    Http api() {
        return new Http(base());
    }

    /** A resident in the registry with their own phone: {number, national phone, E.164 phone}. */
    private String[] victim(String name) {
        String number = IdentityPeople.residentNumber("330502", BORN);
        String[] phone = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "RESIDENT_ID", null, number, name, BORN, phone[1]);
        return new String[]{number, phone[0], phone[1]};
    }

    private Http.Reply mine(JsonObject credential) {
        return api().get(MINE, "Authorization", "CitizenToken " + credential.getString("holderToken"));
    }

    @Test
    void someoneElsesDocumentWithOnesOwnPhoneIsReferredAndTheHoldersCredentialStands() throws Exception {
        String[] victim = victim("王晓明");
        JsonObject holders = IdentityVerificationChecks.verify(api(),
                IdentityVerificationChecks.residentBody(victim[0], "王晓明", victim[1], "330502"), victim[2])
                .json().getJsonObject("credential");
        String[] attacker = IdentityPeople.mobile();

        Http.Reply attempt = IdentityVerificationChecks.verify(api(),
                IdentityVerificationChecks.residentBody(victim[0], "王晓明", attacker[0], "330502"), attacker[1]);

        assertEquals(200, attempt.status(), attempt.body());
        assertEquals("REFERRED", attempt.json().getString("status"), attempt.body());
        assertFalse(attempt.json().containsKey("credential") && !attempt.json().isNull("credential"), attempt.body());
        assertEquals("VALID", mine(holders).json().getString("status"), "the holder's own credential still works");
        assertTrue(CitizenAccessChecks.textsSentTo(victim[2], "credential.superseded").isEmpty());
        JsonObject request = api().get("api/v1/requests/" + attempt.json().getString("trackingNumber")).json();
        assertEquals("resident-not-confirmed", request.getString("category"), "an officer takes it up in person");
    }

    @Test
    void theRefusalIsTheSameWhetherTheRegistryTheCarrierOrBothSaidNo() throws Exception {
        String[] holder = victim("张雨欣");
        String[] stranger = IdentityPeople.mobile();
        String[] other = IdentityPeople.mobile();

        Http.Reply wrongName = IdentityVerificationChecks.verify(api(),
                IdentityVerificationChecks.residentBody(holder[0], "张雨晴", holder[1], "330502"), holder[2]);
        Http.Reply phoneNotTheirs = IdentityVerificationChecks.verify(api(),
                IdentityVerificationChecks.residentBody(holder[0], "张雨欣", stranger[0], "330502"), stranger[1]);
        Http.Reply neither = IdentityVerificationChecks.verify(api(),
                IdentityVerificationChecks.residentBody(holder[0], "张雨晴", other[0], "330502"), other[1]);

        String expected = withoutTrackingNumber(wrongName);
        assertEquals("REFERRED", wrongName.json().getString("status"), wrongName.body());
        assertEquals(expected, withoutTrackingNumber(phoneNotTheirs));
        assertEquals(expected, withoutTrackingNumber(neither));
        assertEquals(wrongName.status(), phoneNotTheirs.status());
        assertEquals(wrongName.status(), neither.status());
    }

    @Test
    void aForeignerIsNeverVerifiedOnAPhoneNotRegisteredWithTheirPassport() throws Exception {
        String passport = IdentityPeople.passportNumber();
        LocalDate born = LocalDate.of(1994, 2, 11);
        String[] registered = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "PASSPORT", "UZB", passport, "KARIMOVA DILNOZA", born, registered[1]);
        String[] unbound = IdentityPeople.mobile();

        Http.Reply attempt = IdentityVerificationChecks.verify(api(), IdentityVerificationChecks.passportBody(passport,
                "KARIMOVA", "DILNOZA", born, LocalDate.now().plusYears(3), unbound[0], "330502"), unbound[1]);

        assertEquals("REFERRED", attempt.json().getString("status"), attempt.body());
        JsonObject request = api().get("api/v1/requests/" + attempt.json().getString("trackingNumber")).json();
        assertEquals("foreigner-not-confirmed", request.getString("category"));
        assertEquals("HUZ-EXIT-ENTRY", request.getJsonObject("unit").getString("code"));
    }

    @Test
    void theHolderIsToldBySmsWhenACredentialForTheirDocumentIsIssuedElsewhere() throws Exception {
        String number = IdentityPeople.residentNumber("330502", BORN);
        String[] first = IdentityPeople.mobile();
        String[] second = IdentityPeople.mobile();
        IdentityPeople.enrol(api(), "RESIDENT_ID", null, number, "林志强", BORN, first[1], second[1]);
        JsonObject earlier = IdentityVerificationChecks.verify(api(),
                IdentityVerificationChecks.residentBody(number, "林志强", first[0], "330502"), first[1])
                .json().getJsonObject("credential");

        Http.Reply elsewhere = IdentityVerificationChecks.verify(api(),
                IdentityVerificationChecks.residentBody(number, "林志强", second[0], "330502"), second[1]);

        assertEquals("VERIFIED", elsewhere.json().getString("status"), elsewhere.body());
        JsonObject old = mine(earlier).json();
        assertEquals("SUPERSEDED", old.getString("revokedBecause"));
        List<String> told = CitizenAccessChecks.textsSentTo(first[1], "credential.superseded");
        assertEquals(1, told.size(), told.toString());
        String at = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"))
                .format(Instant.parse(old.getString("revokedAt")));
        assertTrue(told.get(0).contains(at) && told.get(0).contains("110"), "when, and whom to call: " + told.get(0));
        assertTrue(CitizenAccessChecks.textsSentTo(second[1], "credential.superseded").isEmpty(),
                "the new phone is not told of its own credential");
    }

    @Test
    void aRevokedCredentialsPhoneIsTold() throws Exception {
        String[] holder = victim("王晓明");
        JsonObject credential = IdentityVerificationChecks.verify(api(),
                IdentityVerificationChecks.residentBody(holder[0], "王晓明", holder[1], "330502"), holder[2])
                .json().getJsonObject("credential");
        String phone = holder[2];

        assertEquals(200, api().post(MINE + "/revocation", "", "Authorization",
                "CitizenToken " + credential.getString("holderToken")).status());
        assertEquals(200, api().post(MINE + "/revocation", "", "Authorization",
                "CitizenToken " + credential.getString("holderToken")).status());

        assertEquals(1, CitizenAccessChecks.textsSentTo(phone, "credential.revoked").size(), "told once");
    }

    @Test
    void aStrangerCannotUseUpAPersonsVerifications() throws Exception {
        String[] holder = victim("陈丽华");
        String body = "{\"kind\": \"RESIDENT_ID\", \"value\": \"" + holder[0] + "\", \"name\": \"陈丽华\", "
                + "\"divisionCode\": \"330502\", \"phone\": \"";
        String[] stranger = IdentityPeople.mobile();
        for (int attempt = 0; attempt < 5; attempt++) {
            String[] phone = attempt == 0 ? stranger : IdentityPeople.mobile();
            assertEquals(201, api().post(IdentityVerificationChecks.START, body + phone[0] + "\"}").status());
        }
        for (int attempt = 1; attempt < 5; attempt++) {
            assertEquals(201, api().post(IdentityVerificationChecks.START, body + stranger[0] + "\"}").status());
        }
        assertEquals(429, api().post(IdentityVerificationChecks.START, body + stranger[0] + "\"}").status(),
                "the stranger's own phone is held");

        Http.Reply own = IdentityVerificationChecks.verify(api(),
                IdentityVerificationChecks.residentBody(holder[0], "陈丽华", holder[1], "330502"), holder[2]);

        assertEquals("VERIFIED", own.json().getString("status"), own.body());
    }

    @Test
    void credentialsOfTheWithdrawnLevelAreRevokedAndTheirHoldersAskedToVerifyAgain() throws Exception {
        JsonObject credential = IdentityVerificationChecks.verifiedResident(api());
        try (Connection db = TestEnvironment.connect();
             PreparedStatement old = db.prepareStatement("UPDATE identity_credentials SET level = 'REGISTRY_AND_PHONE' "
                     + "WHERE holder_token_hash = SHA2(?, 256)")) {
            old.setString(1, credential.getString("holderToken"));
            assertEquals(1, old.executeUpdate());
        }
        assertEquals("VALID", mine(credential).json().getString("status"));

        // The migration that withdrew the level, run again on this database: it touches only the old level's rows.
        try (Connection db = TestEnvironment.connect(); Statement withdraw = db.createStatement()) {
            withdraw.executeUpdate(withdrawal());
        }

        JsonObject seen = mine(credential).json();
        assertEquals("REVOKED", seen.getString("status"));
        assertEquals("LEVEL_WITHDRAWN", seen.getString("revokedBecause"));
        assertEquals("REGISTRY_AND_PHONE", seen.getString("level"), "the old level stays readable");
    }

    @Test
    void anImageBombIsRefusedFromItsHeaderInTheCitizensLanguage() throws Exception {
        String[] request = AttachmentsChecks.requestWithToken(api(), "13800138743");
        byte[] eightThousand = AttachmentsChecks.blankPng(8000, 8000, true);
        byte[] twentyThousand = AttachmentsChecks.blankPng(20_000, 20_000, false);
        assertTrue(eightThousand.length < 512 * 1024, "192 MB of pixels in " + eightThousand.length + " bytes");

        for (byte[] bomb : new byte[][]{eightThousand, twentyThousand}) {
            Http.Reply refused = AttachmentsChecks.uploadFrom("203.0.113.130", request, bomb, "en");
            assertEquals(400, refused.status(), refused.body());
            assertTrue(refused.json().getString("detail").contains("40 million pixels"), refused.body());
        }
        Http.Reply inRussian = AttachmentsChecks.uploadFrom("203.0.113.130", request, eightThousand, "ru");
        assertTrue(inRussian.json().getString("detail").contains("40 млн пикселей"), inRussian.body());
        Http.Reply inChinese = AttachmentsChecks.uploadFrom("203.0.113.130", request, eightThousand, "zh");
        assertTrue(inChinese.json().getString("detail").contains("4000 万像素"), inChinese.body());
        assertEquals(0, AttachmentsChecks.array(api().get("api/v1/requests/" + request[0] + "/evidence",
                "Authorization", "CitizenToken " + request[1])).size());
    }

    @Test
    void aForwardedForHeaderFromAnAddressThatIsNoBalancerIsIgnored() {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i <= ClientAddressChecks.CHECKS_PER_ADDRESS; i++) {
            statuses.add(ClientAddressChecks.validate(ClientAddressChecks.fromAnotherMachine(), "203.0.113." + (i + 1)));
        }

        assertEquals(ClientAddressChecks.CHECKS_PER_ADDRESS, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
        assertEquals(429, statuses.get(ClientAddressChecks.CHECKS_PER_ADDRESS), "one allowance for the sender, whatever it claims");
    }

    /** The UPDATE of the migration that withdrew {@code REGISTRY_AND_PHONE}, as the schema ran it. */
    private static String withdrawal() throws Exception {
        String migration = Files.readString(Path.of("..", "db-scripts", "src", "main", "resources", "db", "migration",
                "V23__phone_real_name.sql"));
        Matcher update = Pattern.compile("UPDATE identity_credentials[^;]*;").matcher(migration);
        assertTrue(update.find(), "the migration withdraws the level");
        return update.group().replace(";", "");
    }

    private static String withoutTrackingNumber(Http.Reply reply) {
        return reply.body().replace(reply.json().getString("trackingNumber"), "TN");
    }
}
