package io.jingwu.it;

import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.FieldCipher;
import io.jingwu.api.requests.entity.TrackingNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Clerks work their units' queues: the whole closed loop, claiming, and never a request of another unit. */
abstract class StaffWorkChecks extends DeployedApplication {

    static final String ZHILI = "HUZ-ZL-LIVELIHOOD";
    static final String CANGNAN = "CNG-XIANGXIAN";

    Http api() {
        return new Http(base());
    }

    private String submitInZhili(String phone, String description) {
        return api().post("api/v1/requests", RequestsApiChecks.dispute("330502100", "蒋红", phone, description))
                .json().getString("trackingNumber");
    }

    private Http.Reply move(String token, String trackingNumber, String move, String body) {
        return api().post("api/v1/staff/requests/" + trackingNumber + "/" + move, body, bearer(token, "Accept-Language", "en"));
    }

    private static void moved(Http.Reply reply, String status) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals(status, reply.json().getString("status"), reply.body());
    }

    @Test
    void aClerkTakesARequestThroughTheWholeLoop() throws Exception {
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);
        String supervisorName = StaffAccounts.create(api(), "SUPERVISOR", ZHILI);
        String supervisor = StaffAccounts.tokenOf(api(), supervisorName, StaffAccounts.PASSWORD);
        String number = submitInZhili("13800138020", "工地包工头拖欠我和工友两个月工资。");

        moved(move(clerk, number, "accept", "{}"), "ACCEPTED");
        moved(move(clerk, number, "dispatch", "{\"handler\": \"民生服务队调解组\"}"), "DISPATCHED");
        moved(move(clerk, number, "start", "{}"), "IN_PROGRESS");
        moved(move(clerk, number, "note", "{\"text\": \"已联系劳动监察大队。\"}"), "IN_PROGRESS");
        moved(move(clerk, number, "reply", "{\"text\": \"已与包工头协商，下周五前结清。\"}"), "RESOLVED");
        moved(move(clerk, number, "follow-up", "{\"text\": \"电话确认已收到一半工资。\"}"), "FOLLOWED_UP");
        moved(move(clerk, number, "return-visit", "{\"rating\": 2, \"comment\": \"还差一半\", \"supervisor\": \""
                + supervisorName + "\"}"), "IN_PROGRESS");
        moved(move(supervisor, number, "reply", "{\"text\": \"余款已追回。\"}"), "RESOLVED");
        moved(move(clerk, number, "return-visit", "{\"rating\": 5}"), "CLOSED");

        JsonObject view = api().get("api/v1/staff/requests/" + number, bearer(clerk)).json();
        assertEquals("CLOSED", view.getString("status"));
        List<String> actions = view.getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("action")).toList();
        assertEquals(List.of("SUBMITTED", "ACCEPTED", "DISPATCHED", "HANDLING_STARTED", "NOTE_ADDED", "REPLIED",
                "FOLLOWED_UP", "RETURN_VISITED", "REPLIED", "RETURN_VISITED"), actions);
        assertEquals("蒋*", view.getJsonObject("contact").getString("contactName"));
        assertTrue(view.toString().contains("已联系劳动监察大队。"), "staff read the internal note");
        try (Connection db = TestEnvironment.connect();
             PreparedStatement notes = db.prepareStatement("SELECT e.note FROM request_events e JOIN requests r"
                     + " ON r.id = e.request_id WHERE r.tracking_number = ? AND e.note IS NOT NULL")) {
            notes.setString(1, number.replace("-", ""));
            try (ResultSet row = notes.executeQuery()) {
                while (row.next()) {
                    assertFalse(row.getString(1).contains("劳动监察") || row.getString(1).contains("余款"),
                            "notes and replies are stored encrypted");
                }
            }
        }
        assertEquals("138****8020", view.getJsonObject("contact").getString("contactPhone"));
    }

    @Test
    void anIllegalMoveIs409AndChangesNothing() {
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);
        String number = submitInZhili("13800138021", "楼上邻居每晚十二点后还在跺脚。");

        Http.Reply refused = move(clerk, number, "follow-up", "{\"text\": \"x\"}");

        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.contentType().startsWith("application/problem+json"));
        assertTrue(refused.json().getString("detail").contains("Submitted"), refused.body());
        assertEquals("SUBMITTED", api().get("api/v1/staff/requests/" + number, bearer(clerk)).json().getString("status"));
    }

    @Test
    void aClerkOfAnotherUnitGets404ForEverything() {
        String ownClerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);
        String otherClerk = StaffAccounts.signedIn(api(), "CLERK", CANGNAN);
        String number = submitInZhili("13800138022", "隔壁饭店的排风扇正对我家窗户。");
        String unknown = TrackingNumber.random(new SecureRandom()).formatted();

        for (String target : List.of(number, unknown)) {
            Http.Reply view = api().get("api/v1/staff/requests/" + target, bearer(otherClerk));
            assertEquals(404, view.status(), target + ": " + view.body());
            assertEquals(404, api().post("api/v1/staff/requests/" + target + "/personal-data",
                    "{\"purpose\": \"回电\"}", bearer(otherClerk)).status());
            for (String moveName : List.of("accept", "reject", "transfer", "merge", "dispatch", "start", "question",
                    "reply", "follow-up", "return-visit", "priority", "note")) {
                Http.Reply moved = move(otherClerk, target, moveName, "{\"reason\": \"x\", \"text\": \"x\", \"handler\": \"x\","
                        + " \"unitCode\": \"" + CANGNAN + "\", \"into\": \"" + target + "\", \"rating\": 5, \"priority\": \"HIGH\"}");
                assertEquals(404, moved.status(), moveName + " " + target + ": " + moved.body());
            }
        }
        Http.Reply queue = api().get("api/v1/queue?size=100", bearer(otherClerk));
        assertFalse(queue.body().contains(number), queue.body());
        JsonObject filtered = api().get("api/v1/queue?status=SUBMITTED&type=DISPUTE&size=100", bearer(ownClerk)).json();
        assertTrue(filtered.getJsonNumber("total").longValue() >= 1, filtered.toString());
        filtered.getJsonArray("items").getValuesAs(JsonObject.class).forEach(item -> {
            assertEquals("SUBMITTED", item.getString("status"));
            assertEquals("DISPUTE", item.getString("type"));
            assertEquals(ZHILI, item.getString("unitCode"));
        });
        Http.Reply misspelt = api().get("api/v1/queue?status=SUBMITED", bearer(ownClerk, "Accept-Language", "en"));
        assertEquals(400, misspelt.status(), misspelt.body());
        JsonObject error = misspelt.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("status", error.getString("field"));
        assertTrue(error.getString("message").startsWith("\"SUBMITED\" is not one of: SUBMITTED, ACCEPTED"), error.toString());
        assertEquals(200, api().get("api/v1/staff/requests/" + number, bearer(ownClerk)).status());
        assertEquals("SUBMITTED", api().get("api/v1/requests/" + number).json().getString("status"), "nothing moved");
    }

    @Test
    void revealingPersonalDataNeedsAPurposeAndTheCitizenSeesTheRead() throws Exception {
        String username = StaffAccounts.create(api(), "CLERK", ZHILI);
        String clerk = StaffAccounts.tokenOf(api(), username, StaffAccounts.PASSWORD);
        String number = submitInZhili("13800138023", "快递驿站丢了我的包裹还不肯赔。");

        Http.Reply noPurpose = api().post("api/v1/staff/requests/" + number + "/personal-data", "{}", bearer(clerk));
        assertEquals(400, noPurpose.status(), noPurpose.body());
        Http.Reply revealed = api().post("api/v1/staff/requests/" + number + "/personal-data",
                "{\"purpose\": \"电话回访当事人\"}", bearer(clerk));
        assertEquals(200, revealed.status(), revealed.body());
        assertEquals("+8613800138023", revealed.json().getString("contactPhone"));
        assertEquals("蒋红", revealed.json().getString("contactName"));

        api().post("api/v1/requests/" + number + "/access-codes", "{\"phone\": \"13800138023\"}");
        String code = CitizenAccessChecks.lastCodeSentTo("+8613800138023");
        String token = api().post("api/v1/requests/" + number + "/citizen-tokens", "{\"code\": \"" + code + "\"}")
                .json().getString("token");
        Http.Reply reads = api().get("api/v1/requests/" + number + "/personal-data-reads",
                "Authorization", "CitizenToken " + token);
        assertEquals(200, reads.status(), reads.body());
        assertTrue(reads.body().contains("电话回访当事人"), reads.body());
        JsonObject read = Json.createReader(new StringReader(reads.body())).readArray().getJsonObject(0);
        assertEquals("CLERK", read.getString("readerRole"));
        assertEquals("织里民生服务队", read.getString("readerUnit"));
        assertFalse(reads.body().contains(username), "a role and a unit, never a member of staff's user name: " + reads.body());
    }

    @Test
    void theCitizenAnswersTheClerksQuestionWithTheirToken() throws Exception {
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);
        String number = submitInZhili("13800138024", "房东提前解约不退押金三千元。");
        move(clerk, number, "accept", "{}");
        move(clerk, number, "start", "{}");
        moved(move(clerk, number, "question", "{\"text\": \"请提供租房合同照片。\"}"), "AWAITING_CITIZEN");

        api().post("api/v1/requests/" + number + "/access-codes", "{\"phone\": \"13800138024\"}");
        String token = api().post("api/v1/requests/" + number + "/citizen-tokens", "{\"code\": \""
                + CitizenAccessChecks.lastCodeSentTo("+8613800138024") + "\"}").json().getString("token");
        Http.Reply timeline = api().get("api/v1/requests/" + number + "/timeline", "Authorization", "CitizenToken " + token);
        assertEquals(4, timeline.json().getJsonArray("events").size(), timeline.body());
        Http.Reply answered = api().post("api/v1/requests/" + number + "/answers", "{\"text\": \"合同已发到窗口邮箱。\"}",
                "Authorization", "CitizenToken " + token);

        assertEquals(200, answered.status(), answered.body());
        assertEquals("IN_PROGRESS", answered.json().getString("status"));
    }

    @Test
    void aClerkEntersARequestTakenByPhone() throws Exception {
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ZHILI);
        Http.Reply entered = api().post("api/v1/staff/requests",
                RequestsApiChecks.dispute("330502100", "韩梅", "13800138025", "电话报称：老板拖欠工资，人已跑路。"), bearer(clerk));
        assertEquals(201, entered.status(), entered.body());
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT channel FROM requests WHERE tracking_number = ?")) {
            read.setString(1, entered.json().getString("trackingNumber").replace("-", ""));
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                assertEquals("PHONE", row.getString(1));
            }
        }
    }

    @Test
    void claimingTakesTheMostUrgentThenTheLongestWaiting() throws Exception {
        String unit = newUnit();
        String clerk = StaffAccounts.signedIn(api(), "CLERK", unit);
        LocalDateTime t = QUEUED_FROM;
        String oldNormal = seed(unit, "NORMAL", t);
        String newUrgent = seed(unit, "URGENT", t.plusHours(3));
        String midHigh = seed(unit, "HIGH", t.plusHours(2));
        String olderHigh = seed(unit, "HIGH", t.plusHours(1));

        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Http.Reply claimed = api().post("api/v1/queue/claims", "", bearer(clerk));
            assertEquals(200, claimed.status(), claimed.body());
            order.add(claimed.json().getString("trackingNumber"));
        }
        assertEquals(List.of(newUrgent, olderHigh, midHigh, oldNormal), order);
        assertEquals(204, api().post("api/v1/queue/claims", "", bearer(clerk)).status());
    }

    /** Claim attempts that found every waiting request held by another transaction, as the server counts them. */
    private static final String ALL_HELD = "queue_claim_attempts_all_held_total";

    /**
     * Another transaction (an SLA sweep, a colleague's claim that fails) holds the only waiting request for a
     * moment: the claim does not answer "nothing to claim" while it waits, it takes the request once it is free.
     */
    @Test
    void aRequestHeldForAMomentByAnotherTransactionIsStillClaimed() throws Exception {
        String unit = newUnit();
        String clerk = StaffAccounts.signedIn(api(), "CLERK", unit);
        String waiting = seed(unit, "NORMAL", QUEUED_FROM);
        ExecutorService claimer = Executors.newSingleThreadExecutor();
        try (Connection other = TestEnvironment.connect()) {
            other.setAutoCommit(false);
            try (PreparedStatement hold = other.prepareStatement(
                    "SELECT id FROM requests WHERE tracking_number = ? FOR UPDATE")) {
                hold.setString(1, waiting.replace("-", ""));
                hold.executeQuery().close();
            }
            ApplicationMetrics metrics = new ApplicationMetrics(base());
            double heldBefore = metrics.value(ALL_HELD);
            Future<Http.Reply> claim = claimer.submit(() -> api().post("api/v1/queue/claims", "", bearer(clerk)));
            // the other transaction's moment: the claim has tried, found the row held and passed it over
            metrics.await(ALL_HELD, held -> held > heldBefore, Duration.ofSeconds(10), () -> !claim.isDone());
            other.rollback();

            Http.Reply claimed = claim.get();
            assertEquals(200, claimed.status(), claimed.body());
            assertEquals(waiting, claimed.json().getString("trackingNumber"));
        } finally {
            claimer.shutdown();
        }
    }

    @Test
    void sixteenClerksClaimingTwoThousandRequestsTakeEachExactlyOnce() throws Exception {
        String unit = newUnit();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            tokens.add(StaffAccounts.signedIn(api(), "CLERK", unit));
        }
        Set<String> seeded = new HashSet<>(seedMany(unit, 2000));

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Callable<List<String>>> clerks = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            String token = tokens.get(i % tokens.size());
            clerks.add(() -> {
                List<String> mine = new ArrayList<>();
                while (true) {
                    Http.Reply claimed = api().post("api/v1/queue/claims", "", bearer(token));
                    if (claimed.status() == 204) {
                        return mine;
                    }
                    assertEquals(200, claimed.status(), claimed.body());
                    mine.add(claimed.json().getString("trackingNumber").replace("-", ""));
                }
            });
        }
        List<String> claimed = new ArrayList<>();
        try {
            for (Future<List<String>> future : pool.invokeAll(clerks)) {
                claimed.addAll(future.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(2000, claimed.size(), "claims in all");
        assertEquals(seeded, new HashSet<>(claimed), "every request claimed, none twice");
        try (Connection db = TestEnvironment.connect();
             PreparedStatement count = db.prepareStatement(
                     "SELECT COUNT(*) FROM requests r JOIN units u ON u.id = r.unit_id WHERE u.code = ? AND r.status = 'ACCEPTED'")) {
            count.setString(1, unit);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                assertEquals(2000, row.getInt(1));
            }
        }
    }

    /** A unit of its own, so that nothing else lands in its queue. */
    private String newUnit() {
        String code = "IT-" + StaffAccounts.unique("").toUpperCase().substring(0, 8);
        Http.Reply created = api().post("api/v1/admin/units", """
                {"code": "%s", "nameZh": "测试队列", "nameEn": "Test queue", "kind": "LIVELIHOOD_TEAM",
                 "jurisdiction": ["330502"], "active": true}
                """.formatted(code), bearer(StaffAccounts.adminToken(api())));
        assertEquals(201, created.status(), created.body());
        return code;
    }

    /** A year ahead: no SLA sweep of the run reaches these deadlines and locks the rows while clerks claim them. */
    private static final LocalDateTime QUEUED_FROM = LocalDateTime.now(ZoneOffset.UTC).plusYears(1).withNano(0);

    private String seed(String unit, String priority, LocalDateTime queuedAt) throws Exception {
        return new TrackingNumber(seed(unit, List.of(priority), queuedAt).get(0)).formatted();
    }

    private List<String> seedMany(String unit, int count) throws Exception {
        return seed(unit, Collections.nCopies(count, "NORMAL"), QUEUED_FROM);
    }

    private static final Timestamp SUBMITTED_AT = Timestamp.valueOf(LocalDateTime.of(2026, 1, 5, 8, 0));

    /** Requests written straight into the queue, sealed with the run's key as the application would. */
    static List<String> seed(String unitCode, List<String> priorities, LocalDateTime queuedAt) throws Exception {
        DataKeys keys = DataKeys.derive(TestEnvironment.cryptoKey());
        FieldCipher cipher = keys.cipher();
        SecureRandom random = new SecureRandom();
        long unitId = StaffAuthChecks.unitId(unitCode);
        List<String> numbers = new ArrayList<>();
        try (Connection db = TestEnvironment.connect();
             PreparedStatement insert = db.prepareStatement("""
                     INSERT INTO requests (tracking_number, type, status, priority, channel, lang, unit_id, division_code,
                         routing_reason, description, address, contact_name, contact_phone, contact_phone_hash, answers,
                         created_at, updated_at, queued_at, routed_unit_id, accept_due_at)
                     VALUES (?, 'DISPUTE', 'SUBMITTED', ?, 'PORTAL', 'zh', ?, '330502', '测试', ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            db.setAutoCommit(false);
            for (int i = 0; i < priorities.size(); i++) {
                String number = TrackingNumber.random(random).value();
                Timestamp at = Timestamp.valueOf(queuedAt.plusSeconds(i));
                insert.setString(1, number);
                insert.setString(2, priorities.get(i));
                insert.setLong(3, unitId);
                insert.setString(4, cipher.seal("排队测试"));
                insert.setString(5, cipher.seal("测试"));
                insert.setString(6, cipher.seal("+8613800000000"));
                insert.setString(7, keys.lookupHash("phone", "+8613800000000"));
                insert.setString(8, cipher.seal("{}"));
                // submitted in the past, queued here at the given time: lists of the newest never show them first
                insert.setTimestamp(9, SUBMITTED_AT);
                insert.setTimestamp(10, at);
                insert.setTimestamp(11, at);
                insert.setLong(12, unitId);
                insert.setTimestamp(13, Timestamp.valueOf(queuedAt.plusSeconds(i).plusMinutes(30)));
                insert.addBatch();
                numbers.add(number);
            }
            insert.executeBatch();
            db.commit();
        }
        return numbers;
    }
}
