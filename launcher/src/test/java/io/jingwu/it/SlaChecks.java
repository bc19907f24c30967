package io.jingwu.it;

import io.jingwu.api.platform.time.Clocks;
import io.jingwu.api.sla.control.WorkingCalendar;
import io.jingwu.api.sla.entity.Basis;
import io.jingwu.api.sla.entity.DayKind;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Deadlines on every request, and the sweep that warns a unit's supervisors and escalates once per stage, even
 * when two sweeps run at the same moment. Sweeps run at instants the checks pass in, never by waiting, and only over
 * a unit of the check's own: the fraud reports it sweeps are moved there from the anti-fraud centre.
 */
abstract class SlaChecks extends DeployedApplication {

    /** Fraud reports from Xiaoshan go to the Hangzhou anti-fraud centre: accept within 5 minutes, every minute counted. */
    static final String ANTI_FRAUD = "HGH-ANTIFRAUD";

    Http api() {
        return new Http(base());
    }

    private static String randomPhone() {
        return "1390" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    private String submitFraud(String phone) {
        Http.Reply created = api().post("api/v1/requests", """
                {"type": "FRAUD_REPORT", "description": "有人冒充客服让我下载会议软件共享屏幕。",
                 "divisionCode": "330109", "contactName": "钱芳", "contactPhone": "%s", "lang": "zh"}
                """.formatted(phone));
        assertEquals(201, created.status(), created.body());
        assertEquals(ANTI_FRAUD, created.json().getJsonObject("unit").getString("code"));
        return created.json().getString("trackingNumber");
    }

    /** An anti-fraud team of the check's own: no other check's request is in it, nor swept with it. */
    private String ownUnit() {
        String code = "SLA-" + StaffAccounts.unique("").toUpperCase().substring(0, 8);
        Http.Reply created = api().post("api/v1/admin/units", """
                {"code": "%s", "nameZh": "时限测试反诈组", "nameEn": "SLA test anti-fraud team", "kind": "ANTI_FRAUD_CENTRE",
                 "jurisdiction": ["330109"], "active": true}""".formatted(code), bearer(StaffAccounts.adminToken(api())));
        assertEquals(201, created.status(), created.body());
        return code;
    }

    private String submitFraudInto(String unit, String centreClerk, String phone) {
        return moveInto(unit, centreClerk, submitFraud(phone));
    }

    /** A fraud report moved by a clerk of the anti-fraud centre into the unit, where its accept stage starts again. */
    private String moveInto(String unit, String centreClerk, String number) {
        Http.Reply moved = api().post("api/v1/staff/requests/" + number + "/transfer",
                "{\"unitCode\": \"" + unit + "\", \"reason\": \"由专班接手\"}", bearer(centreClerk));
        assertEquals(200, moved.status(), moved.body());
        return number;
    }

    private Map<String, Object> sweep(String unit, Instant at) {
        Http.Reply swept = api().post("api/test-support/sla-sweeps",
                "{\"at\": \"" + at + "\", \"unitCode\": \"" + unit + "\"}");
        assertEquals(200, swept.status(), swept.body());
        return Map.of("warned", swept.json().getInt("warned"), "breached", swept.json().getInt("breached"));
    }

    private static Instant instant(String trackingNumber, String column) throws Exception {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT " + column + " FROM requests WHERE tracking_number = ?")) {
            read.setString(1, trackingNumber.replace("-", ""));
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), trackingNumber);
                Timestamp value = row.getTimestamp(1);
                return value == null ? null : value.toLocalDateTime().toInstant(ZoneOffset.UTC);
            }
        }
    }

    private static int slaEvents(String trackingNumber, String action) throws Exception {
        return count("SELECT COUNT(*) FROM request_events e JOIN requests r ON r.id = e.request_id"
                + " WHERE r.tracking_number = ? AND e.action = ? AND e.visibility = 'INTERNAL'", trackingNumber.replace("-", ""), action);
    }

    private static int alerts(String trackingNumber, String kind) throws Exception {
        return count("SELECT COUNT(*) FROM staff_alerts a JOIN requests r ON r.id = a.request_id"
                + " WHERE r.tracking_number = ? AND a.kind = ?", trackingNumber.replace("-", ""), kind);
    }

    private static int activeSupervisors(String unitCode) throws Exception {
        return count("SELECT COUNT(*) FROM staff_users u JOIN staff_user_units uu ON uu.user_id = u.id"
                + " JOIN units n ON n.id = uu.unit_id JOIN staff_user_roles ro ON ro.user_id = u.id"
                + " WHERE n.code = ? AND ro.role = ? AND u.active = TRUE", unitCode, "SUPERVISOR");
    }

    private static int count(String sql, String first, String second) throws Exception {
        try (Connection db = TestEnvironment.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, first);
            query.setString(2, second);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static JsonArray array(Http.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
        return Json.createReader(new StringReader(reply.body())).readArray();
    }

    @Test
    void aFraudReportIsWarnedOnceBeforeItsAcceptDeadlineAndEscalatedOnceAfter() throws Exception {
        String unit = ownUnit();
        String supervisorName = StaffAccounts.create(api(), "SUPERVISOR", unit);
        String supervisor = StaffAccounts.tokenOf(api(), supervisorName, StaffAccounts.PASSWORD);
        String number = submitFraud(randomPhone());
        Instant submitted = instant(number, "created_at");
        assertEquals(submitted.plus(Duration.ofMinutes(5)), instant(number, "accept_due_at"),
                "accept within 5 minutes, wall-clock");
        moveInto(unit, StaffAccounts.signedIn(api(), "CLERK", ANTI_FRAUD), number);
        Instant due = instant(number, "accept_due_at");
        assertEquals(instant(number, "queued_at").plus(Duration.ofMinutes(5)), due, "5 minutes again in the new unit");

        sweep(unit, due.minusSeconds(61));
        assertEquals(0, slaEvents(number, "SLA_WARNED"), "more than a fifth of the time is left");

        sweep(unit, due.minusSeconds(30));
        assertEquals(1, slaEvents(number, "SLA_WARNED"));
        int supervisors = activeSupervisors(unit);
        assertEquals(supervisors, alerts(number, "SLA_WARNED"), "one alert per supervisor of the unit");
        sweep(unit, due.minusSeconds(20));
        assertEquals(1, slaEvents(number, "SLA_WARNED"), "warned once");
        assertEquals(0, slaEvents(number, "SLA_BREACHED"));

        sweep(unit, due.plusSeconds(1));
        assertEquals(1, slaEvents(number, "SLA_BREACHED"));
        sweep(unit, due.plusSeconds(40));
        assertEquals(1, slaEvents(number, "SLA_BREACHED"), "escalated once");
        assertEquals(supervisors, alerts(number, "SLA_BREACHED"));
        assertEquals(1, slaEvents(number, "SLA_WARNED"));

        JsonObject mine = array(api().get("api/v1/staff/alerts", bearer(supervisor))).getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("trackingNumber").equals(number)).findFirst().orElseThrow();
        assertEquals("SLA_BREACHED", mine.getString("kind"), "newest first");
        assertEquals("ACCEPT", mine.getString("stage"));
        assertEquals(due, Instant.parse(mine.getString("dueAt")));
        assertEquals(false, mine.getBoolean("read"));
        String other = StaffAccounts.signedIn(api(), "SUPERVISOR", unit);
        assertEquals(404, api().post("api/v1/staff/alerts/" + mine.getJsonNumber("id") + "/read", "", bearer(other)).status());
        assertEquals(204, api().post("api/v1/staff/alerts/" + mine.getJsonNumber("id") + "/read", "", bearer(supervisor)).status());
        assertTrue(array(api().get("api/v1/staff/alerts", bearer(supervisor))).getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getJsonNumber("id").equals(mine.getJsonNumber("id"))).allMatch(a -> a.getBoolean("read")));

        JsonObject escalation = array(api().get("api/v1/staff/escalations", bearer(supervisor)))
                .getValuesAs(JsonObject.class).stream().filter(e -> e.getString("trackingNumber").equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("not among the escalations"));
        assertEquals("ACCEPT", escalation.getString("stage"));
        assertTrue(!escalation.toString().contains("钱芳") && !escalation.toString().contains("冒充客服"));

        Http.Reply status = api().get("api/v1/requests/" + number);
        assertTrue(!status.body().contains("SLA_"), "the citizen sees no internal event");
    }

    @Test
    void twoSweepsAtOnceRaiseEachWarningAndEscalationExactlyOnce() throws Exception {
        String unit = ownUnit();
        StaffAccounts.create(api(), "SUPERVISOR", unit);
        String centreClerk = StaffAccounts.signedIn(api(), "CLERK", ANTI_FRAUD);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 3; round++) {
                List<String> numbers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    numbers.add(submitFraudInto(unit, centreClerk, randomPhone()));
                }
                Instant lastDue = instant(numbers.get(numbers.size() - 1), "accept_due_at");
                for (Instant at : List.of(lastDue.minusSeconds(30), lastDue.plusSeconds(1))) {
                    List<Callable<Map<String, Object>>> sweeps = List.of(() -> sweep(unit, at), () -> sweep(unit, at));
                    for (Future<Map<String, Object>> done : pool.invokeAll(sweeps)) {
                        done.get();
                    }
                }
                int supervisors = activeSupervisors(unit);
                for (String number : numbers) {
                    assertEquals(1, slaEvents(number, "SLA_WARNED"), "round " + round + ": " + number);
                    assertEquals(1, slaEvents(number, "SLA_BREACHED"), "round " + round + ": " + number);
                    assertEquals(supervisors, alerts(number, "SLA_WARNED"), number);
                    assertEquals(supervisors, alerts(number, "SLA_BREACHED"), number);
                }
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theCitizenSeesThePromiseAndTheStageDeadline() throws Exception {
        String number = submitFraud(randomPhone());

        JsonObject sla = api().get("api/v1/requests/" + number, "Accept-Language", "zh").json().getJsonObject("sla");
        assertEquals("ACCEPT", sla.getString("stage"));
        assertEquals(instant(number, "accept_due_at"), Instant.parse(sla.getString("dueAt")));
        assertEquals("受理：5分钟内；办结：1天内", sla.getString("promise"));
        JsonObject english = api().get("api/v1/requests/" + number, "Accept-Language", "en").json().getJsonObject("sla");
        assertEquals("Accept: within 5 minutes; resolve: within 1 day", english.getString("promise"));
    }

    @Test
    void askingTheCitizenPausesTheClockAndTheAnswerMovesTheDeadlineByTheWait() throws Exception {
        String unit = ownUnit();
        String clerk = StaffAccounts.signedIn(api(), "CLERK", unit);
        String phone = randomPhone();
        String number = submitFraudInto(unit, StaffAccounts.signedIn(api(), "CLERK", ANTI_FRAUD), phone);
        for (String move : List.of("accept", "start")) {
            assertEquals(200, api().post("api/v1/staff/requests/" + number + "/" + move, "{}", bearer(clerk)).status());
        }
        assertEquals(200, api().post("api/v1/staff/requests/" + number + "/question",
                "{\"text\": \"请提供转账记录截图。\"}", bearer(clerk)).status());
        Instant due = instant(number, "resolve_due_at");
        assertEquals("PAUSED", api().get("api/v1/requests/" + number).json().getJsonObject("sla").getString("stage"));

        sweep(unit, due.plus(Duration.ofHours(1)));
        assertEquals(0, slaEvents(number, "SLA_WARNED") + slaEvents(number, "SLA_BREACHED"),
                "a request waiting for the citizen is never warned or escalated");

        api().post("api/v1/requests/" + number + "/access-codes", "{\"phone\": \"" + phone + "\"}");
        String token = api().post("api/v1/requests/" + number + "/citizen-tokens", "{\"code\": \""
                + CitizenAccessChecks.lastCodeSentTo("+86" + phone) + "\"}").json().getString("token");
        Http.Reply answered = api().post("api/v1/requests/" + number + "/answers", "{\"text\": \"截图已上传。\"}",
                "Authorization", "CitizenToken " + token);
        assertEquals(200, answered.status(), answered.body());

        Duration waited = Duration.between(eventTime(number, "CITIZEN_ASKED"), eventTime(number, "CITIZEN_ANSWERED"));
        Duration moved = Duration.between(due, instant(number, "resolve_due_at"));
        assertTrue(moved.minus(waited).abs().compareTo(Duration.ofSeconds(1)) <= 0,
                "moved " + moved + " for a wait of " + waited);
        assertNull(instant(number, "resolve_breached_at"));
        JsonObject sla = api().get("api/v1/requests/" + number).json().getJsonObject("sla");
        assertEquals("RESOLVE", sla.getString("stage"));
        assertEquals(instant(number, "resolve_due_at"), Instant.parse(sla.getString("dueAt")));
    }

    private static Instant eventTime(String trackingNumber, String action) throws Exception {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT e.occurred_at FROM request_events e JOIN requests r"
                     + " ON r.id = e.request_id WHERE r.tracking_number = ? AND e.action = ? ORDER BY e.id DESC LIMIT 1")) {
            read.setString(1, trackingNumber.replace("-", ""));
            read.setString(2, action);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), action);
                return row.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC);
            }
        }
    }

    /**
     * Days from tomorrow are made holidays up to the next Saturday but one day, which is made a swapped working
     * day; the calendar is restored afterwards. A document reissue (3 working days) must skip the holidays and
     * count the Saturday.
     */
    @Test
    void aDocumentReissueBeforeAHolidaySkipsItAndCountsTheSwappedSaturday() throws Exception {
        String admin = StaffAccounts.adminToken(api());
        LocalDate today = LocalDate.now(Clocks.CHINA);
        LocalDate saturday = today.plusDays(2);
        while (saturday.getDayOfWeek() != DayOfWeek.SATURDAY) {
            saturday = saturday.plusDays(1);
        }
        Map<LocalDate, DayKind> changed = new HashMap<>();
        for (LocalDate day = today.plusDays(1); day.isBefore(saturday); day = day.plusDays(1)) {
            changed.put(day, DayKind.HOLIDAY);
        }
        changed.put(saturday, DayKind.WORKDAY);
        Map<LocalDate, JsonObject> before = new HashMap<>();
        for (int year : List.of(today.getYear(), today.plusYears(1).getYear())) {
            array(api().get("api/v1/admin/working-calendar?year=" + year, bearer(admin))).getValuesAs(JsonObject.class)
                    .forEach(day -> before.put(LocalDate.parse(day.getString("date")), day));
        }
        try {
            changed.forEach((day, kind) -> {
                Http.Reply put = api().put("api/v1/admin/working-calendar/" + day, """
                        {"kind": "%s", "nameZh": "测试假日", "nameEn": "Test holiday"}""".formatted(kind), bearer(admin));
                assertEquals(200, put.status(), put.body());
            });
            Http.Reply created = api().post("api/v1/requests", """
                    {"type": "DOCUMENT_REISSUE", "description": "身份证丢失，需要补领。",
                     "divisionCode": "330502100", "contactName": "孙丽", "contactPhone": "%s", "lang": "zh",
                     "fields": {}}""".formatted(randomPhone()));
            assertEquals(201, created.status(), created.body());
            String number = created.json().getString("trackingNumber");
            Instant submitted = instant(number, "created_at");

            Map<LocalDate, DayKind> known = new HashMap<>();
            before.forEach((day, row) -> known.put(day, DayKind.valueOf(row.getString("kind"))));
            known.putAll(changed);
            Instant expected = new WorkingCalendar(known).plus(submitted, Duration.ofDays(3), Basis.WORKING);
            assertEquals(expected, instant(number, "resolve_due_at"));
            Map<LocalDate, DayKind> withoutSwap = new HashMap<>(known);
            withoutSwap.remove(saturday);
            assertNotEquals(new WorkingCalendar(withoutSwap).plus(submitted, Duration.ofDays(3), Basis.WORKING), expected,
                    "the swapped Saturday counts");
            assertTrue(expected.isAfter(saturday.atStartOfDay(Clocks.CHINA).toInstant()),
                    "nothing of the holidays counted");
            assertEquals("受理：1个工作日内；办结：3个工作日内",
                    api().get("api/v1/requests/" + number).json().getJsonObject("sla").getString("promise"));
        } finally {
            for (LocalDate day : changed.keySet()) {
                JsonObject old = before.get(day);
                if (old == null) {
                    api().delete("api/v1/admin/working-calendar/" + day, bearer(admin));
                } else {
                    api().put("api/v1/admin/working-calendar/" + day, old.toString(), bearer(admin));
                }
            }
        }
    }

    @Test
    void administratorsKeepPoliciesAndEveryTypeKeepsItsCatchAll() {
        String admin = StaffAccounts.adminToken(api());
        String policy = """
                {"type": "CONSULTATION", "category": "general", "priority": "HIGH", "acceptMinutes": %d,
                 "resolveMinutes": 1440, "basis": "WORKING"}""";
        Http.Reply first = api().put("api/v1/admin/sla-policies", policy.formatted(120), bearer(admin));
        assertTrue(first.status() == 201 || first.status() == 200, first.body());
        Http.Reply changed = api().put("api/v1/admin/sla-policies", policy.formatted(90), bearer(admin));
        assertEquals(200, changed.status(), changed.body());
        assertEquals(90, changed.json().getInt("acceptMinutes"));

        Http.Reply invalid = api().put("api/v1/admin/sla-policies", """
                {"type": "PARKING", "priority": "SOON", "acceptMinutes": 0, "basis": "LUNAR"}""",
                bearer(admin, "Accept-Language", "en"));
        assertEquals(400, invalid.status(), invalid.body());
        List<String> fields = invalid.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("field")).toList();
        assertEquals(List.of("type", "priority", "acceptMinutes", "basis"), fields);
        Http.Reply unknownCategory = api().put("api/v1/admin/sla-policies", """
                {"type": "DISPUTE", "category": "parking", "acceptMinutes": 5, "basis": "WALL_CLOCK"}""", bearer(admin));
        assertEquals(400, unknownCategory.status(), unknownCategory.body());
        assertTrue(unknownCategory.body().contains("parking"), unknownCategory.body());

        List<JsonObject> all = array(api().get("api/v1/admin/sla-policies", bearer(admin))).getValuesAs(JsonObject.class);
        JsonObject catchAll = all.stream().filter(p -> p.getString("type").equals("CONSULTATION") && p.getBoolean("catchAll"))
                .findFirst().orElseThrow();
        assertEquals(400, api().delete("api/v1/admin/sla-policies/" + catchAll.getJsonNumber("id"), bearer(admin)).status());
        JsonObject mine = all.stream().filter(p -> p.getString("type").equals("CONSULTATION")
                && "HIGH".equals(p.getString("priority", null))).findFirst().orElseThrow();
        assertEquals(204, api().delete("api/v1/admin/sla-policies/" + mine.getJsonNumber("id"), bearer(admin)).status());
        String clerk = StaffAccounts.signedIn(api(), "CLERK", ANTI_FRAUD);
        assertEquals(403, api().get("api/v1/admin/sla-policies", bearer(clerk)).status());
    }
}
