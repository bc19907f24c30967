package io.jingwu.it;

import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.FieldCipher;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The citizen hears of each step of their request by text message: written with the step, delivered from the
 * outbox by a worker that retries a provider that is down and sends each message once, even when an attempt was
 * cut short after the provider had accepted it.
 *
 * <p>The deployment's own scheduler also delivers the outbox every ten seconds, with the same test provider: the
 * checks read the outcome from the outbox rows and the provider's record, not from timing, and run the delivery at
 * instants just ahead of the clock, which the scheduler does not reach during a check.
 */
abstract class NotificationChecks extends DeployedApplication {

    private static final String ZHILI = StaffWorkChecks.ZHILI;

    Http api() {
        return new Http(base());
    }

    @AfterEach
    void providerUpAgain() {
        provider("UP");
    }

    @Test
    void aClerksAcceptanceIsToldInTheCitizensLanguageWithTheStep() throws Exception {
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);
        String phone = randomPhone();
        String number = submit(phone, "en");
        assertTrue(rowsOf(number).isEmpty(), "the citizen saw the tracking number on the screen");

        Http.Reply refused = move(clerk, number, "reply", "{\"text\": \"Paid on Friday.\"}");
        assertEquals(409, refused.status(), refused.body());
        assertTrue(rowsOf(number).isEmpty(), "a refused move tells nothing");

        assertEquals(200, move(clerk, number, "accept", "{}").status());
        assertEquals(200, move(clerk, number, "priority", "{\"priority\": \"NORMAL\"}").status(), "unchanged");
        move(clerk, number, "dispatch", "{\"handler\": \"民生服务队调解组\"}");
        move(clerk, number, "start", "{}");

        List<Row> rows = rowsOf(number);
        assertEquals(1, rows.size(), "one message for the acceptance, none for steps within the unit");
        Row accepted = rows.get(0);
        assertEquals("notice.accepted", accepted.purpose());
        assertEquals("[Police services] Your request " + number + " was accepted by Zhili livelihood service team and is"
                + " being handled.", accepted.text());

        JsonObject shown = adminOutbox(phone).get(0);
        assertEquals(accepted.id(), shown.getJsonNumber("id").longValue());
        assertEquals(phone.substring(3, 6) + "****" + phone.substring(10), shown.getString("phone"));
        assertEquals(number, shown.getString("trackingNumber"));
        assertEquals("notice.accepted", shown.getString("purpose"));
        assertEquals(accepted.text(), shown.getString("text"));
        assertFalse(shown.toString().contains(phone.substring(3)), shown.toString());
        assertEquals(403, api().get("api/v1/admin/sms-outbox", bearer(clerk)).status(), "administrators only");
    }

    /**
     * A one-time code read in the outbox would open a citizen's request (or confirm their identity) past the audit
     * of personal-data reads: administrators see every code message with its digits masked, the rest as sent.
     */
    @Test
    void administratorsNeverSeeAOneTimeCodeInTheOutbox() throws Exception {
        String phone = randomPhone();
        String number = submit(phone, "en");
        assertEquals(202, api().post("api/v1/requests/" + number + "/access-codes",
                "{\"phone\": \"" + phone.substring(3) + "\"}").status());
        String accessCode = CitizenAccessChecks.lastCodeSentTo(phone);
        Http.Reply started = api().post(IdentityVerificationChecks.START, IdentityVerificationChecks.residentBody(
                IdentityPeople.residentNumber("330502", IdentityVerificationChecks.BORN), "Anna Smith",
                phone.substring(3), "330502"));
        assertEquals(201, started.status(), started.body());
        String identityCode = CitizenAccessChecks.lastCodeSentTo(phone, "identity-code");

        List<JsonObject> shown = adminOutbox(phone);
        JsonObject identity = shown.get(0);
        JsonObject access = shown.get(1);
        assertEquals("identity-code", identity.getString("purpose"));
        assertEquals("access-code", access.getString("purpose"));
        assertFalse(identity.toString().contains(identityCode), identity.toString());
        assertFalse(access.toString().contains(accessCode), access.toString());
        assertTrue(identity.getString("text").contains("******"), identity.getString("text"));
        assertEquals("[Police services] Your code is ******, valid for 5 minutes, to view request " + number
                + ". Never share it: staff will never ask you for it.", access.getString("text"));
    }

    @Test
    void aRequestTakenOnThePhoneIsToldItsTrackingNumber() throws Exception {
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);
        String phone = randomPhone();
        Http.Reply entered = api().post("api/v1/staff/requests",
                RequestsApiChecks.dispute("330502100", "韩梅", phone.substring(3), "电话报称：老板拖欠工资，人已跑路。"),
                bearer(clerk));
        assertEquals(201, entered.status(), entered.body());
        String number = entered.json().getString("trackingNumber");

        List<Row> rows = rowsOf(number);
        assertEquals(1, rows.size());
        assertEquals("notice.taken-by-phone", rows.get(0).purpose());
        assertTrue(rows.get(0).text().startsWith("【警务服务】"), rows.get(0).text());
        assertTrue(rows.get(0).text().contains(number), rows.get(0).text());
        assertFalse(rows.get(0).text().contains("韩梅") || rows.get(0).text().contains("工资"), rows.get(0).text());
    }

    @Test
    void whileTheProviderIsDownTheMessageIsTriedAgainLaterAndLaterThenSent() throws Exception {
        provider("DOWN");
        String phone = randomPhone();
        Row waiting = acceptedNotice(phone);
        Instant previousDue = waiting.nextAttemptAt();
        int previousAttempts = waiting.attempts();

        for (int run = 0; run < 3; run++) {
            Instant at = previousDue;
            List<Attempt> attempts = runAt(at);
            Row now = reread(waiting);
            assertNull(now.sentAt(), "nothing is sent while the provider is down");
            assertTrue(now.attempts() > previousAttempts, now.toString());
            assertTrue(now.nextAttemptAt().isAfter(previousDue), now.toString());
            assertEquals("test provider down", now.lastError());
            if (attempts.contains(new Attempt(now.id(), "RETRYING"))) {
                Duration delay = Duration.ofSeconds(30).multipliedBy(1L << (now.attempts() - 1));
                assertEquals(at.plus(delay), now.nextAttemptAt(), "30 s, then twice as long each time");
            }

            List<Attempt> early = runAt(now.nextAttemptAt().minusMillis(1));
            assertTrue(early.stream().noneMatch(attempt -> attempt.id() == now.id()), "not due yet: left alone");
            assertEquals(now.attempts(), reread(waiting).attempts());
            previousDue = now.nextAttemptAt();
            previousAttempts = now.attempts();
        }

        provider("UP");
        runAt(previousDue);
        Row sent = reread(waiting);
        assertNotNull(sent.sentAt());
        assertEquals(1, deliveries(sent.messageId()));
    }

    @Test
    void anAttemptCutShortAfterTheProviderAcceptedIsRepeatedWithTheSameIdAndReachesThePhoneOnce() throws Exception {
        provider("CRASH_AFTER_ACCEPTING");
        String phone = randomPhone();
        Row waiting = acceptedNotice(phone);

        runAt(waiting.nextAttemptAt());
        Row cutShort = reread(waiting);
        assertNull(cutShort.sentAt(), "the transaction that would have marked it sent rolled back");
        assertTrue(deliveries(waiting.messageId()) >= 1, "the provider had accepted it");
        assertEquals(IllegalStateException.class.getName(), cutShort.lastError());

        provider("UP");
        List<Attempt> attempts = runAt(cutShort.nextAttemptAt());
        Row sent = reread(waiting);
        assertNotNull(sent.sentAt(), attempts.toString());
        assertTrue(deliveries(waiting.messageId()) >= 2, "handed over again, with the same message id");
        assertEquals(List.of(waiting.messageId()), messageIdsTo(phone), "one distinct message for the phone");

        int handedOver = deliveries(waiting.messageId());
        List<Attempt> later = runAt(sent.nextAttemptAt().plus(Duration.ofDays(1)));
        assertTrue(later.stream().noneMatch(attempt -> attempt.id() == sent.id()), "a sent message is done");
        assertEquals(handedOver, deliveries(waiting.messageId()));
    }

    @Test
    void twoRunsAtOnceDeliverEachDueMessageOnce() throws Exception {
        provider("DOWN");
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);
        List<Row> messages = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Http.Reply entered = api().post("api/v1/staff/requests", RequestsApiChecks.dispute("330502100", "韩梅",
                    randomPhone().substring(3), "电话报称：邻居装修噪音。"), bearer(clerk));
            assertEquals(201, entered.status(), entered.body());
            messages.add(rowsOf(entered.json().getString("trackingNumber")).get(0));
        }
        Instant lastCreated = messages.stream().map(Row::nextAttemptAt).max(Instant::compareTo).orElseThrow();
        runAt(lastCreated);
        Instant due = messages.stream().map(this::reread).map(Row::nextAttemptAt).max(Instant::compareTo).orElseThrow();
        provider("UP");

        CountDownLatch start = new CountDownLatch(1);
        Callable<List<Attempt>> run = () -> {
            start.await();
            return runAt(due);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        List<Attempt> made = new ArrayList<>();
        try {
            List<Future<List<Attempt>>> runs = List.of(threads.submit(run), threads.submit(run));
            start.countDown();
            for (Future<List<Attempt>> each : runs) {
                made.addAll(each.get());
            }
        } finally {
            threads.shutdown();
        }

        Map<Long, Long> sentByRuns = made.stream().filter(attempt -> attempt.outcome().equals("SENT"))
                .collect(Collectors.groupingBy(Attempt::id, Collectors.counting()));
        for (Row message : messages) {
            assertNotNull(reread(message).sentAt(), message.toString());
            assertEquals(1, deliveries(message.messageId()), message.toString());
            assertTrue(sentByRuns.getOrDefault(message.id(), 0L) <= 1, made.toString());
        }
    }

    // ---- the citizen's request --------------------------------------------------------------------------

    /** A random Chinese mobile number in E.164, so that no other check's messages go to it. */
    private static String randomPhone() {
        return "+86139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private String submit(String phone, String language) {
        String body = RequestsApiChecks.dispute("330502100", "Anna Smith", phone.substring(3),
                "My landlord keeps the deposit of 3000 yuan.").replace("\"lang\": \"zh\"", "\"lang\": \"" + language + "\"");
        Http.Reply created = api().post("api/v1/requests", body);
        assertEquals(201, created.status(), created.body());
        return created.json().getString("trackingNumber");
    }

    private Http.Reply move(String token, String number, String move, String body) {
        return api().post("api/v1/staff/requests/" + number + "/" + move, body, bearer(token, "Accept-Language", "en"));
    }

    /** The outbox row that tells the citizen a clerk accepted their new request. */
    private Row acceptedNotice(String phone) throws Exception {
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);
        String number = submit(phone, "zh");
        assertEquals(200, move(clerk, number, "accept", "{}").status());
        List<Row> rows = rowsOf(number);
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    // ---- the outbox and the test provider ---------------------------------------------------------------

    record Row(long id, String messageId, String purpose, String text, Instant nextAttemptAt, Instant sentAt,
               int attempts, String lastError) {
    }

    record Attempt(long id, String outcome) {
    }

    private static List<Row> rowsOf(String trackingNumber) throws Exception {
        return rows("r.tracking_number = ?", trackingNumber.replace("-", ""));
    }

    private Row reread(Row row) {
        try {
            return rows("o.id = ?", row.id()).get(0);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Row> rows(String condition, Object value) throws Exception {
        FieldCipher cipher = DataKeys.derive(TestEnvironment.cryptoKey()).cipher();
        Function<LocalDateTime, Instant> utc = time -> time == null ? null : time.toInstant(ZoneOffset.UTC);
        List<Row> rows = new ArrayList<>();
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT o.id, o.message_id, o.purpose, o.message,"
                     + " o.next_attempt_at, o.sent_at, o.attempts, o.last_error FROM sms_outbox o"
                     + " JOIN requests r ON r.id = o.request_id WHERE " + condition + " ORDER BY o.id")) {
            read.setObject(1, value);
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong("id"), row.getString("message_id"), row.getString("purpose"),
                            cipher.open(row.getString("message")),
                            utc.apply(row.getObject("next_attempt_at", LocalDateTime.class)),
                            utc.apply(row.getObject("sent_at", LocalDateTime.class)),
                            row.getInt("attempts"), row.getString("last_error")));
                }
            }
        }
        return rows;
    }

    private List<JsonObject> adminOutbox(String phone) {
        Http.Reply reply = api().get("api/v1/admin/sms-outbox?limit=5&phone=" + phone.substring(3),
                bearer(StaffAccounts.adminToken(api())));
        assertEquals(200, reply.status(), reply.body());
        return Json.createReader(new StringReader(reply.body())).readArray()
                .getValuesAs(JsonObject.class);
    }

    private List<Attempt> runAt(Instant at) {
        Http.Reply reply = api().post("api/test-support/outbox-runs", "{\"at\": \"" + at + "\"}");
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonArray("attempts").getValuesAs(JsonObject.class).stream()
                .map(attempt -> new Attempt(attempt.getJsonNumber("id").longValue(), attempt.getString("outcome")))
                .toList();
    }

    private void provider(String mode) {
        Http.Reply reply = api().put("api/test-support/sms-provider", "{\"mode\": \"" + mode + "\"}");
        assertEquals(200, reply.status(), reply.body());
    }

    private int deliveries(String messageId) {
        return api().get("api/test-support/sms-provider/messages/" + messageId).json().getInt("deliveries");
    }

    private List<String> messageIdsTo(String phone) {
        return api().get("api/test-support/sms-provider/phones/" + phone.replace("+", "%2B")).json()
                .getJsonArray("messageIds").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }
}
