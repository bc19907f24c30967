package io.jingwu.it;

import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.FieldCipher;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code /api/v1/requests}: submitting, routing and following a request, and how bad input is refused. */
abstract class RequestsApiChecks extends DeployedApplication {

    Http api() {
        return new Http(base());
    }

    static String dispute(String division, String name, String phone, String description) {
        return """
                {"type": "DISPUTE", "category": null, "description": "%s", "divisionCode": "%s",
                 "address": "织里镇大港路 88 号", "contactName": "%s", "contactPhone": "%s", "lang": "zh", "fields": {}}
                """.formatted(description, division, name, phone);
    }

    @Test
    void aDisputeInZhiliGoesToTheZhiliLivelihoodTeam() {
        Http.Reply created = api().post("api/v1/requests",
                dispute("330502100", "王小明", "13800138000", "老板拖欠我三个月工资，一直不给。"));

        assertEquals(201, created.status(), created.body());
        JsonObject receipt = created.json();
        String trackingNumber = receipt.getString("trackingNumber");
        assertTrue(trackingNumber.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), trackingNumber);
        assertEquals("SUBMITTED", receipt.getString("status"));
        assertEquals("HUZ-ZL-LIVELIHOOD", receipt.getJsonObject("unit").getString("code"));
        assertEquals("织里民生服务队", receipt.getJsonObject("unit").getString("name"));
        assertNotNull(created.location());
        assertTrue(created.location().endsWith("/api/v1/requests/" + trackingNumber), created.location());
    }

    @Test
    void followingARequestShowsStatusAndUnitButNothingPersonal() {
        JsonObject receipt = api().post("api/v1/requests",
                dispute("330327100", "李秀英", "13912345678", "邻居装修噪音太大，晚上十一点还在施工。")).json();
        String trackingNumber = receipt.getString("trackingNumber");

        Http.Reply followed = api().get("api/v1/requests/" + trackingNumber.toLowerCase().replace("-", ""),
                "Accept-Language", "en");

        assertEquals(200, followed.status(), followed.body());
        JsonObject view = followed.json();
        assertEquals(trackingNumber, view.getString("trackingNumber"));
        assertEquals("SUBMITTED", view.getString("status"));
        assertEquals("CNG-XIANGXIAN", view.getJsonObject("unit").getString("code"));
        assertEquals("Cangnan village elders' mediation group", view.getJsonObject("unit").getString("name"));
        for (String personal : new String[]{"李秀英", "13912345678", "8613912345678", "邻居装修", "大港路"}) {
            assertFalse(followed.body().contains(personal), "leaks " + personal + ": " + followed.body());
        }
    }

    @Test
    void aFraudReportInXiaoshanGoesToTheHangzhouAntiFraudCentre() {
        Http.Reply created = api().post("api/v1/requests", """
                {"type": "FRAUD_REPORT", "description": "自称公检法的人让我把钱转到安全账户，已经转了两万元。",
                 "divisionCode": "330109", "contactName": "赵敏", "contactPhone": "+86 137 0000 1234", "lang": "zh"}
                """);
        assertEquals(201, created.status(), created.body());
        assertEquals("HGH-ANTIFRAUD", created.json().getJsonObject("unit").getString("code"));
    }

    @Test
    void aPlaceNoLocalUnitServesFallsBackToTheDutyDeskAndSaysWhy() {
        Http.Reply created = api().post("api/v1/requests", """
                {"type": "DISPUTE", "description": "The landlord keeps my deposit of 3000 yuan.",
                 "divisionCode": "110105", "contactName": "Anna Smith", "contactPhone": "13600001111", "lang": "en"}
                """);
        assertEquals(201, created.status(), created.body());
        JsonObject receipt = created.json();
        assertEquals("NATIONAL-DUTY", receipt.getJsonObject("unit").getString("code"));
        assertEquals("Police service duty desk", receipt.getJsonObject("unit").getString("name"));
        assertTrue(receipt.getString("routingReason").contains("北京市 朝阳区"), receipt.getString("routingReason"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyGetsTheFirstAnswerAndCreatesNothingNew() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        String body = dispute("330502100", "吴芳", "13800138004", "服装厂拖欠工资两个月，老板失联。");

        Http.Reply first = api().post("api/v1/requests", body, "Idempotency-Key", key);
        Http.Reply retry = api().post("api/v1/requests", body.replace("\n", " "), "Idempotency-Key", key);

        assertEquals(201, first.status(), first.body());
        assertEquals(201, retry.status(), retry.body());
        assertEquals(first.json().getString("trackingNumber"), retry.json().getString("trackingNumber"));
        assertEquals(first.location(), retry.location());
        assertEquals(1, requestsWithPhone("+8613800138004"));
    }

    @Test
    void theSameIdempotencyKeyWithAnotherBodyIsRefused() {
        String key = java.util.UUID.randomUUID().toString();
        api().post("api/v1/requests", dispute("330502", "郑洁", "13800138005", "邻居在楼道堆放杂物堵住消防通道。"),
                "Idempotency-Key", key);

        // the body says zh: only ?lang= comes before it
        Http.Reply other = api().post("api/v1/requests?lang=en", dispute("330502", "郑洁", "13800138005",
                "另一件事：楼下烧烤油烟很大。"), "Idempotency-Key", key);

        assertEquals(422, other.status(), other.body());
        assertTrue(other.contentType().startsWith("application/problem+json"));
        assertTrue(other.json().getString("detail").contains("different body"), other.body());
    }

    @Test
    void concurrentRetriesWithOneKeyCreateOneRequest() throws Exception {
        String key = java.util.UUID.randomUUID().toString();
        String description = "并发重试：商场拒绝退还预付卡余额八百元。";
        String body = dispute("330402", "冯涛", "13800138006", description);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.Callable<Http.Reply> submit =
                    () -> api().post("api/v1/requests", body, "Idempotency-Key", key);
            java.util.Set<String> numbers = new java.util.HashSet<>();
            for (var future : pool.invokeAll(java.util.Collections.nCopies(8, submit))) {
                Http.Reply reply = future.get();
                assertEquals(201, reply.status(), reply.body());
                numbers.add(reply.json().getString("trackingNumber"));
            }
            assertEquals(1, numbers.size(), numbers.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(1, requestsWithPhone("+8613800138006"));
    }

    @Test
    void wordsOfDangerMakeARequestUrgentAndTellTheCitizenToCall110() throws Exception {
        Http.Reply urgent = api().post("api/v1/requests",
                dispute("330502100", "钱军", "13800138007", "讨薪时老板带人拿着刀威胁我们。"), "Accept-Language", "zh");
        Http.Reply ordinary = api().post("api/v1/requests",
                dispute("330502100", "钱军", "13800138007", "老板拖欠工资一个月。"));

        assertEquals(201, urgent.status(), urgent.body());
        assertTrue(urgent.json().getBoolean("urgent"));
        assertTrue(urgent.json().getString("advice").contains("110"), urgent.body());
        assertFalse(ordinary.json().getBoolean("urgent"));
        assertTrue(ordinary.json().get("advice") == null || ordinary.json().isNull("advice"));
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT priority FROM requests WHERE tracking_number = ?")) {
            read.setString(1, urgent.json().getString("trackingNumber").replace("-", ""));
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                assertEquals("URGENT", row.getString(1));
            }
        }
    }

    @Test
    void unknownMembersAreIgnored() {
        Http.Reply created = api().post("api/v1/requests", """
                {"type": "INCIDENT", "description": "在安吉看到有人在山上下套捕猎野生动物。", "divisionCode": "330523",
                 "contactName": "周杰", "contactPhone": "13511112222", "channelHint": "x", "extra": {"a": [1, 2]}}
                """);
        assertEquals(201, created.status(), created.body());
    }

    @Test
    void invalidInputIsRefusedFieldByFieldInTheCallersLanguage() {
        String bad = """
                {"type": "PARKING", "description": "短", "divisionCode": "999999",
                 "contactName": "", "contactPhone": "12345", "lang": "fr"}
                """;
        Http.Reply zh = api().post("api/v1/requests", bad, "Accept-Language", "zh-CN,zh;q=0.9");
        Http.Reply en = api().post("api/v1/requests", bad, "Accept-Language", "en-GB,en;q=0.8");

        assertEquals(400, zh.status());
        assertTrue(zh.contentType().startsWith("application/problem+json"), zh.contentType());
        JsonObject problem = zh.json();
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("6 处"), problem.getString("detail"));
        assertEquals(java.util.Set.of("type", "description", "divisionCode", "contactName", "contactPhone", "lang"),
                problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getString("field")).collect(java.util.stream.Collectors.toSet()));
        assertTrue(zh.body().contains("联系电话格式不正确"), zh.body());

        assertEquals(400, en.status());
        assertTrue(en.json().getString("detail").startsWith("6 fields do not meet the rules"), en.body());
        assertTrue(en.body().contains("This phone number is not valid"), en.body());
    }

    @Test
    void aBodyThatIsNotJsonGetsAProblemDocumentAndNoStackTrace() {
        Http.Reply reply = api().post("api/v1/requests", "{\"type\": \"DISPUTE\", ", "Accept-Language", "en");
        assertEquals(400, reply.status(), reply.body());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertFalse(reply.body().contains("Exception"), reply.body());
        assertFalse(reply.body().contains("\tat "), reply.body());
    }

    @Test
    void anUnknownOrMalformedTrackingNumberIsNotFound() {
        Http.Reply unknown = api().get("api/v1/requests/0000-0000-0000", "Accept-Language", "zh");
        Http.Reply garbage = api().get("api/v1/requests/not-a-number", "Accept-Language", "en");
        assertEquals(404, unknown.status());
        assertTrue(unknown.json().getString("detail").contains("受理编号"), unknown.body());
        assertEquals(404, garbage.status());
        assertTrue(garbage.contentType().startsWith("application/problem+json"));
    }

    /**
     * Contact phones are unique per test, so counting them shows how many requests a test created. The phone is
     * stored encrypted: count its keyed hash, computed with the run's key.
     */
    private static int requestsWithPhone(String e164) throws Exception {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM requests WHERE contact_phone_hash = ?")) {
            count.setString(1, DataKeys.derive(TestEnvironment.cryptoKey()).lookupHash("phone", e164));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    void namesWithFourByteCharactersAreStoredAndReadBackIntact() throws Exception {
        String name = "𠮷田 花子";
        String description = "房东不退押金 😠，已经拖了两个月。";
        String trackingNumber = api().post("api/v1/requests", dispute("330402", name, "13800138001", description))
                .json().getString("trackingNumber");
        // stored encrypted: read back with the application's cipher and the run's key
        FieldCipher cipher = DataKeys.derive(TestEnvironment.cryptoKey()).cipher();

        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement(
                     "SELECT contact_name, description FROM requests WHERE tracking_number = ?")) {
            read.setString(1, trackingNumber.replace("-", ""));
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), "request " + trackingNumber + " not stored");
                assertEquals(name, cipher.open(row.getString("contact_name")));
                assertEquals(description, cipher.open(row.getString("description")));
            }
        }
    }

    @Test
    void everySubmissionStartsItsEventTrail() throws Exception {
        String trackingNumber = api().post("api/v1/requests",
                dispute("330502", "陈伟", "13800138002", "楼上漏水把我家天花板泡坏了，协商不成。")).json().getString("trackingNumber");

        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("""
                     SELECT e.action, e.from_status, e.to_status, e.actor FROM request_events e
                     JOIN requests r ON r.id = e.request_id WHERE r.tracking_number = ?""")) {
            read.setString(1, trackingNumber.replace("-", ""));
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next());
                assertEquals("SUBMITTED", row.getString("action"));
                assertEquals(null, row.getString("from_status"));
                assertEquals("SUBMITTED", row.getString("to_status"));
                assertEquals("citizen", row.getString("actor"));
                assertFalse(row.next(), "exactly one event");
            }
        }
    }
}
