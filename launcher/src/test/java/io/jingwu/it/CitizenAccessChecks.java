package io.jingwu.it;

import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.FieldCipher;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A citizen without an account proves a request is theirs with a code sent to the contact phone. */
abstract class CitizenAccessChecks extends DeployedApplication {

    private static final Pattern CODE = Pattern.compile("(\\d{6})");

    Http api() {
        return new Http(base());
    }

    private String submit(String phone) {
        return api().post("api/v1/requests", RequestsApiChecks.dispute("330502100", "何静", phone,
                "物业公司拒不退还装修押金五千元。")).json().getString("trackingNumber");
    }

    private Http.Reply askCode(String trackingNumber, String phone) {
        return api().post("api/v1/requests/" + trackingNumber + "/access-codes", "{\"phone\": \"" + phone + "\"}",
                "Accept-Language", "en");
    }

    private Http.Reply exchange(String trackingNumber, String code) {
        return api().post("api/v1/requests/" + trackingNumber + "/citizen-tokens", "{\"code\": \"" + code + "\"}",
                "Accept-Language", "en");
    }

    /**
     * The code as the citizen's phone receives it: the newest code in the outbox for that number (beside the
     * notices about the request's steps). The outbox is encrypted, so it is read with the application's cipher
     * and the run's key.
     */
    static String lastCodeSentTo(String e164) throws Exception {
        return lastCodeSentTo(e164, "access-code");
    }

    /** The newest code sent to the phone for {@code purpose} ({@code access-code}, {@code identity-code}). */
    static String lastCodeSentTo(String e164, String purpose) throws Exception {
        Matcher code = CODE.matcher(textsSentTo(e164, purpose).stream().findFirst()
                .orElseThrow(() -> new AssertionError("no text message to " + e164)));
        assertTrue(code.find());
        return code.group(1);
    }

    /** The texts sent to the phone for {@code purpose}, newest first, as the outbox keeps them (decrypted here). */
    static List<String> textsSentTo(String e164, String purpose) throws Exception {
        FieldCipher cipher = DataKeys.derive(TestEnvironment.cryptoKey()).cipher();
        List<String> texts = new ArrayList<>();
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement(
                     "SELECT phone, message FROM sms_outbox WHERE purpose = ? ORDER BY id DESC LIMIT 200")) {
            read.setString(1, purpose);
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    if (cipher.open(row.getString("phone")).equals(e164)) {
                        texts.add(cipher.open(row.getString("message")));
                    }
                }
            }
        }
        return texts;
    }

    @Test
    void theRightPhoneGetsACodeThatOpensTheTimeline() throws Exception {
        String trackingNumber = submit("13800138010");

        assertEquals(202, askCode(trackingNumber, "138 0013 8010").status());
        Http.Reply granted = exchange(trackingNumber, lastCodeSentTo("+8613800138010"));
        assertEquals(201, granted.status(), granted.body());
        String token = granted.json().getString("token");

        Http.Reply timeline = api().get("api/v1/requests/" + trackingNumber + "/timeline",
                "Authorization", "CitizenToken " + token, "Accept-Language", "zh");
        assertEquals(200, timeline.status(), timeline.body());
        JsonObject view = timeline.json();
        assertEquals("SUBMITTED", view.getString("status"));
        assertEquals("已提交", view.getJsonArray("events").getJsonObject(0).getString("statusLabel"));

        assertEquals(401, exchange(trackingNumber, lastCodeSentTo("+8613800138010")).status(), "a code works once");
    }

    @Test
    void aWrongPhoneAndAnUnknownRequestGetTheSameAnswer() {
        String trackingNumber = submit("13800138011");

        Http.Reply wrongPhone = askCode(trackingNumber, "13800138099");
        Http.Reply unknown = askCode("0000-0000-0000", "13800138011");

        assertEquals(404, wrongPhone.status());
        assertEquals(404, unknown.status());
        assertEquals(wrongPhone.body(), unknown.body());
    }

    @Test
    void theTimelineNeedsATokenForThatVeryRequest() throws Exception {
        String mine = submit("13800138012");
        String other = submit("13800138013");
        askCode(mine, "13800138012");
        String token = exchange(mine, lastCodeSentTo("+8613800138012")).json().getString("token");

        assertEquals(401, api().get("api/v1/requests/" + mine + "/timeline").status());
        assertEquals(401, api().get("api/v1/requests/" + mine + "/timeline", "Authorization", "CitizenToken nonsense").status());
        Http.Reply borrowed = api().get("api/v1/requests/" + other + "/timeline", "Authorization", "CitizenToken " + token);
        assertEquals(401, borrowed.status());
        assertFalse(borrowed.body().contains("何静"));
    }

    @Test
    void fiveWrongGuessesSpendTheCode() throws Exception {
        String trackingNumber = submit("13800138014");
        askCode(trackingNumber, "13800138014");
        String code = lastCodeSentTo("+8613800138014");
        String wrong = code.equals("000000") ? "111111" : "000000";

        for (int i = 0; i < 5; i++) {
            Http.Reply guess = exchange(trackingNumber, wrong);
            assertEquals(401, guess.status());
            assertTrue(guess.contentType().startsWith("application/problem+json"));
        }
        assertEquals(401, exchange(trackingNumber, code).status());
    }

    @Test
    void codesPerPhoneAreRateLimited() {
        String trackingNumber = submit("13800138015");
        for (int i = 0; i < 5; i++) {
            assertEquals(202, askCode(trackingNumber, "13800138015").status());
        }
        Http.Reply sixth = askCode(trackingNumber, "13800138015");
        assertEquals(429, sixth.status());
        assertTrue(sixth.json().getString("detail").contains("try again"), sixth.body());
    }

    /**
     * A copy of the database must not give codes away: six digits under a plain SHA-256 are reversed at once, with or
     * without the request's id in front. The stored hash is keyed with the server's key, and the code still opens.
     */
    @Test
    void aStoredCodeIsNotAPlainHashOfItsDigits() throws Exception {
        String[] phone = IdentityPeople.mobile();
        String trackingNumber = submit(phone[0]);
        assertEquals(202, askCode(trackingNumber, phone[0]).status());
        String code = lastCodeSentTo(phone[1]);

        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT r.id, a.code_hash FROM access_codes a"
                     + " JOIN requests r ON r.id = a.request_id WHERE r.tracking_number = ? ORDER BY a.id DESC LIMIT 1")) {
            read.setString(1, trackingNumber.replace("-", ""));
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                String stored = row.getString("code_hash");
                assertNotEquals(sha256(code), stored);
                assertNotEquals(sha256(row.getLong("id") + ":" + code), stored);
            }
        }
        assertEquals(201, exchange(trackingNumber, code).status(), "the code still opens the request");
    }

    /**
     * A copy of the database must not hold the phones that asked for codes: the limit per phone counts under a keyed
     * hash of the number, and only the server's key leads from the number to its counter.
     */
    @Test
    void aPhonesLimitIsCountedUnderAKeyedHashOfItsNumber() throws Exception {
        String[] phone = IdentityPeople.mobile();
        String trackingNumber = submit(phone[0]);
        assertEquals(202, askCode(trackingNumber, phone[0]).status());
        String keyed = DataKeys.derive(TestEnvironment.cryptoKey()).lookupHash("rate-limit:access-code-phone", phone[1]);

        try (Connection db = TestEnvironment.connect();
             PreparedStatement counter = db.prepareStatement("SELECT slots FROM rate_limit_counters "
                     + "WHERE bucket = 'access-code-phone' AND subject = ?");
             PreparedStatement plain = db.prepareStatement("SELECT COUNT(*) FROM rate_limit_counters "
                     + "WHERE subject LIKE ? OR subject IN (?, ?)")) {
            counter.setString(1, keyed);
            try (ResultSet row = counter.executeQuery()) {
                assertTrue(row.next(), "the code sent is counted under the number's keyed hash");
                IntBuffer counts = ByteBuffer.wrap(row.getBytes("slots")).asIntBuffer();
                int hits = 0;
                while (counts.hasRemaining()) {
                    hits += counts.get();
                }
                assertEquals(1, hits);
            }
            plain.setString(1, "%" + phone[0] + "%");
            plain.setString(2, sha256(phone[1]));
            plain.setString(3, sha256(phone[0]));
            try (ResultSet row = plain.executeQuery()) {
                row.next();
                assertEquals(0, row.getInt(1), "no counter names the number, nor its plain hash");
            }
        }
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
