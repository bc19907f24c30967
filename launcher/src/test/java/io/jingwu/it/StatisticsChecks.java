package io.jingwu.it;

import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.FieldCipher;
import io.jingwu.api.platform.time.Clocks;
import io.jingwu.api.requests.entity.TrackingNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public figures (评估亮晒) of a fixture set whose every figure is worked out by hand below. The set lives in
 * three units of its own (two police stations and a livelihood team) and in a month and a division prefix no other
 * check uses, so that the shared database's other requests never count. Each check seeds its own set.
 */
abstract class StatisticsChecks extends DeployedApplication {

    private static final String NAME = "蒋红";
    private static final String PHONE = "+8613800138099";

    private final SecureRandom random = new SecureRandom();
    /**
     * A month of a past year, a different one each run: before any other check's requests, so that lists of the
     * newest requests never show the fixture first.
     */
    private final LocalDate month = LocalDate.of(1995 + random.nextInt(25), 1 + random.nextInt(12), 1);
    /** 9x is no province: only this set's requests start with it. */
    private final String division = "9" + (100 + random.nextInt(900));
    private final String divisionA = division + "01001";
    private final String divisionB = division + "02001";
    private final String base = "IT-ST" + StaffAccounts.unique("").toUpperCase(Locale.ROOT).substring(0, 6);
    private final String station = base + "-PS";
    private final String otherStation = base + "-PS2";
    private final String team = base + "-LT";
    private final List<String> trackingNumbers = new ArrayList<>();

    Http api() {
        return new Http(base());
    }

    /**
     * Eleven requests in the month and one just after it. Minutes after submission: q = entered the current queue
     * (later than submission after a transfer), a = accepted (after q), r = the latest reply, p = paused (waiting for
     * the citizen). "late" stamps the stage's breach.
     */
    private void seed() throws Exception {
        unit(station, "POLICE_STATION", "统计测试派出所", "Statistics test station");
        unit(otherStation, "POLICE_STATION", "统计测试二所", "Statistics test station 2");
        unit(team, "LIVELIHOOD_TEAM", "统计测试民生服务队", "Statistics test livelihood team");
        LocalDateTime day1 = china(month, 0, 30);   // 00:30 in China is still the day before in UTC
        LocalDateTime day3 = china(month.plusDays(2), 10, 0);
        LocalDateTime day20 = china(month.plusDays(19), 10, 0);
        LocalDateTime nextMonth = china(month.plusMonths(1), 0, 30);   // the last day of the month in UTC
        List<Fixture> set = List.of(
                // R1 dispute, station -> team (transferred): a 10, r 120; rated 5
                new Fixture("DISPUTE", station, team, divisionA, 1, day3, 30, 10, false, 120, 0, false, 5, "CLOSED"),
                // R2 dispute routed to the team: a 25; r 200 - p 60 = 140, late; rated 4
                new Fixture("DISPUTE", team, team, divisionA, 0, day3, 0, 25, false, 200, 3600, true, 4, "CLOSED"),
                // R3 incident at the station: a 40, late; not resolved
                new Fixture("INCIDENT", station, station, divisionA, 0, day3, 0, 40, true, null, 0, false, null, "IN_PROGRESS"),
                // R4 incident, station -> team: never accepted, accept deadline passed
                new Fixture("INCIDENT", station, team, divisionB, 1, day3, 45, null, true, null, 0, false, null, "SUBMITTED"),
                // R5 document reissue at the station: a 5, r 60; rated 3
                new Fixture("DOCUMENT_REISSUE", station, station, divisionB, 0, day3, 0, 5, false, 60, 0, false, 3, "CLOSED"),
                // R6 consultation, station -> team: a 15; r 60 - p 40 = 20; rated 1
                new Fixture("CONSULTATION", station, team, divisionA, 1, day20, 20, 15, false, 60, 2400, false, 1, "IN_PROGRESS"),
                // R7 dispute, other station -> station: a 20; resolve deadline passed, not resolved
                new Fixture("DISPUTE", otherStation, station, divisionB, 1, day20, 60, 20, false, null, 0, true, null, "IN_PROGRESS"),
                // R8 fraud report at the station, waiting: nothing decided
                new Fixture("FRAUD_REPORT", station, station, divisionA, 0, day20, 0, null, false, null, 0, false, null, "SUBMITTED"),
                // R9 dispute at the other station: a 30, r 90; rated 2
                new Fixture("DISPUTE", otherStation, otherStation, divisionA, 0, day20, 0, 30, false, 90, 0, false, 2, "IN_PROGRESS"),
                // R10 incident, team -> station: a 50; r 300 - p 120 = 180, late; rated 5
                new Fixture("INCIDENT", team, station, divisionB, 1, day20, 10, 50, false, 300, 7200, true, 5, "CLOSED"),
                // R11 dispute at the station, on the first day in China: a 12
                new Fixture("DISPUTE", station, station, divisionA, 0, day1, 0, 12, false, null, 0, false, null, "ACCEPTED"),
                // R12 outside the month: the first day of the next one in China
                new Fixture("DISPUTE", station, team, divisionA, 1, nextMonth, 5, 1, false, 30, 0, false, 1, "CLOSED"));
        insert(set);
    }

    @Test
    void eachUnitsFiguresAsWorkedOutByHand() throws Exception {
        seed();
        JsonObject answer = statistics("unit=" + station, "en");
        JsonObject row = onlyRow(answer, station);
        assertEquals("Statistics test station", row.getJsonObject("unit").getString("name"));
        assertEquals("POLICE_STATION", row.getJsonObject("unit").getString("kind"));
        assertEquals(row.toString().replaceFirst("\"unit\":\\{[^}]*},", ""), answer.getJsonObject("total").toString(),
                "with a unit, the total is the unit's figures");
        // here R3 R5 R7 R8 R10 R11; routed here R1 R3 R4 R5 R6 R8 R11
        figures(row)
                .volume(6)
                .backflow(0.4286, 7)            // routed here 7, transferred after R1 R4 R6: 3/7
                .diversion(0.5, 4)              // 双非 routed here R1 R3 R4 R11, now in the team R1 R4: 2/4
                .accept(0.8, 5)                 // decided R3 R5 R7 R10 R11, met all but R3 (late): 4/5
                .resolve(0.3333, 3)             // decided R5 R7 R10, met R5 (R7 R10 late): 1/3
                .medianAccept(20.0, 5)          // 5, 12, 20, 40, 50 -> 20
                .medianResolve(120.0, 2)        // 60, 180 -> (60 + 180) / 2 = 120
                .satisfaction(0.5, 2, 4.0);     // R5 3, R10 5: one of 2 rated 4+, mean 8/2 = 4

        row = onlyRow(statistics("unit=" + otherStation, "en"), otherStation);
        // here R9; routed here R7 R9
        figures(row)
                .volume(1)
                .backflow(0.5, 2)               // R7 transferred: 1/2
                .diversion(0.0, 2)              // R7 R9 disputes, both still with the police: 0/2
                .accept(1.0, 1)
                .resolve(1.0, 1)
                .medianAccept(30.0, 1)
                .medianResolve(90.0, 1)
                .satisfaction(0.0, 1, 2.0);     // R9 rated 2

        answer = statistics("unit=" + team, "zh");
        row = onlyRow(answer, team);
        assertEquals("统计测试民生服务队", row.getJsonObject("unit").getString("name"));
        // here R1 R2 R4 R6 (R12 is next month); routed here R2 R10
        figures(row)
                .volume(4)
                .backflow(0.5, 2)               // R10 transferred: 1/2
                .noDiversion()                  // not a police unit
                .accept(0.75, 4)                // decided R1 R2 R4 R6, met R1 R2 R6 (R4 late): 3/4
                .resolve(0.6667, 3)             // decided R1 R2 R6, met R1 R6 (R2 late): 2/3
                .medianAccept(15.0, 3)          // 10, 15, 25 -> 15
                .medianResolve(120.0, 3)        // 20, 120, 140 -> 120
                .satisfaction(0.6667, 3, 3.33); // R1 5, R2 4, R6 1: 2/3 rated 4+, mean 10/3
        assertTrue(answer.getJsonObject("total").isNull("diversionRate"), answer.toString());
    }

    @Test
    void theWholeSetByItsDivisionPrefix() throws Exception {
        seed();
        JsonObject answer = statistics("division=" + division, "en");

        assertEquals(month.toString(), answer.getJsonObject("period").getString("from"));
        assertEquals(division, answer.getJsonObject("filters").getString("division"));
        assertTrue(answer.getJsonObject("filters").isNull("unit"));
        // R1 to R11
        figures(answer.getJsonObject("total"))
                .volume(11)
                .backflow(0.4545, 11)           // transferred R1 R4 R6 R7 R10: 5/11
                .diversion(0.375, 8)            // 双非 R1 R2 R3 R4 R7 R9 R10 R11, in the team R1 R2 R4: 3/8
                .accept(0.8, 10)                // decided all but R8, late R3 R4: 8/10
                .resolve(0.5714, 7)             // decided R1 R2 R5 R6 R7 R9 R10, met R1 R5 R6 R9: 4/7
                .medianAccept(20.0, 9)          // 5, 10, 12, 15, 20, 25, 30, 40, 50 -> 20
                .medianResolve(105.0, 6)        // 20, 60, 90, 120, 140, 180 -> (90 + 120) / 2 = 105
                .satisfaction(0.5, 6, 3.33);    // 5 4 3 1 2 5: R1 R2 R10 rated 4+, 3/6; mean 20/6
        assertEquals(List.of(station, team, otherStation), codes(answer), "by volume: 6, 4, 1");
        figures(answer.getJsonArray("units").getJsonObject(0)).volume(6).backflow(0.4286, 7).diversion(0.5, 4);

        JsonObject onlyA = statistics("division=" + divisionA, "en");
        // R1 R2 R3 R6 R8 R9 R11
        figures(onlyA.getJsonObject("total"))
                .volume(7)
                .backflow(0.2857, 7)            // transferred R1 R6: 2/7
                .diversion(0.4, 5)              // 双非 R1 R2 R3 R9 R11, in the team R1 R2: 2/5
                .accept(0.8333, 6)              // decided R1 R2 R3 R6 R9 R11, late R3: 5/6
                .resolve(0.75, 4)               // decided R1 R2 R6 R9, late R2: 3/4
                .medianAccept(20.0, 6)          // 10, 12, 15, 25, 30, 40 -> (15 + 25) / 2 = 20
                .medianResolve(105.0, 4)        // 20, 90, 120, 140 -> (90 + 120) / 2 = 105
                .satisfaction(0.5, 4, 3.0);     // 5 4 1 2: 2/4; mean 12/4
        assertEquals(List.of(team, station, otherStation), codes(onlyA), "3 and 3 by code (LT before PS), then 1");
    }

    @Test
    void aShorterPeriodLeavesOutWhatFallsOutsideIt() throws Exception {
        seed();
        JsonObject answer = statistics(period(month, month.plusDays(14)) + "&division=" + division, "en");

        assertEquals(month.plusDays(14).toString(), answer.getJsonObject("period").getString("to"));
        // R11 (day 1) and R1 to R5 (day 3)
        figures(answer.getJsonObject("total"))
                .volume(6)
                .backflow(0.3333, 6)            // transferred R1 R4: 2/6
                .diversion(0.6, 5)              // 双非 R1 R2 R3 R4 R11, in the team R1 R2 R4: 3/5
                .accept(0.6667, 6)              // decided all six, late R3 R4: 4/6
                .resolve(0.6667, 3)             // decided R1 R2 R5, late R2: 2/3
                .medianAccept(12.0, 5)          // 5, 10, 12, 25, 40 -> 12
                .medianResolve(120.0, 3)        // 60, 120, 140 -> 120
                .satisfaction(0.6667, 3, 4.0);  // 5 4 3: 2/3; mean 12/3

        JsonObject lastDays = statistics(period(month.plusDays(15), lastDay()) + "&division=" + division, "en");
        figures(lastDays.getJsonObject("total")).volume(5);   // R6 to R10
    }

    @Test
    void theAnswerIsPublicCachedAndHoldsNoPersonalData() throws Exception {
        seed();
        Http.Binary raw = api().getBytes("api/v1/statistics?" + wholeMonth() + "&division=" + division);
        assertEquals(200, raw.status());
        assertEquals("public, max-age=60", raw.cacheControl());
        String body = new String(raw.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(body.contains(NAME), body);
        assertFalse(body.contains(PHONE.substring(3)), body);
        for (String number : trackingNumbers) {
            assertFalse(body.contains(number) || body.contains(new TrackingNumber(number).formatted()), number);
        }
    }

    @Test
    void aBadParameterIsA400NamingItInBothLanguages() {
        Http.Reply zh = api().get("api/v1/statistics?from=2026-13-01", "Accept-Language", "zh");
        assertEquals(400, zh.status(), zh.body());
        assertTrue(zh.contentType().startsWith("application/problem+json"));
        JsonObject error = zh.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("from", error.getString("field"));
        assertEquals("“2026-13-01”不是日期，请按 YYYY-MM-DD 填写，例如 2026-10-01。", error.getString("message"));

        Http.Reply en = api().get("api/v1/statistics?division=33a5", "Accept-Language", "en");
        assertEquals(400, en.status(), en.body());
        error = en.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("division", error.getString("field"));
        assertEquals("\"33a5\" is not a division code prefix: use 1 to 9 digits, e.g. 3305.", error.getString("message"));

        Http.Reply unknown = api().get("api/v1/statistics?unit=" + base + "-NONE", "Accept-Language", "en");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("unit", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("There is no unit with the code " + base + "-NONE.",
                unknown.json().getJsonArray("errors").getJsonObject(0).getString("message"));

        Http.Reply backwards = api().get("api/v1/statistics?from=2026-10-31&to=2026-10-01", "Accept-Language", "en");
        assertEquals(400, backwards.status(), backwards.body());
        Http.Reply tooLong = api().get("api/v1/statistics?from=2025-01-01&to=2026-01-02", "Accept-Language", "zh");
        assertEquals(400, tooLong.status(), tooLong.body());
        assertEquals("统计期间最长 366 天，当前为 367 天。",
                tooLong.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    /** @param query the parameters; the fixture's whole month unless they name a period */
    private JsonObject statistics(String query, String language) {
        String parameters = query.startsWith("from=") ? query : wholeMonth() + "&" + query;
        Http.Reply reply = api().get("api/v1/statistics?" + parameters, "Accept-Language", language);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private String wholeMonth() {
        return period(month, lastDay());
    }

    private LocalDate lastDay() {
        return month.plusMonths(1).minusDays(1);
    }

    private static String period(LocalDate from, LocalDate to) {
        return "from=" + from + "&to=" + to;
    }

    private static JsonObject onlyRow(JsonObject answer, String code) {
        assertEquals(List.of(code), codes(answer), answer.toString());
        return answer.getJsonArray("units").getJsonObject(0);
    }

    private static List<String> codes(JsonObject answer) {
        return answer.getJsonArray("units").getValuesAs(JsonObject.class).stream()
                .map(row -> row.getJsonObject("unit").getString("code")).toList();
    }

    private static LocalDateTime china(LocalDate day, int hour, int minute) {
        return LocalDateTime.ofInstant(day.atTime(hour, minute).atZone(Clocks.CHINA).toInstant(), ZoneOffset.UTC);
    }

    private void unit(String code, String kind, String nameZh, String nameEn) {
        Http.Reply created = api().post("api/v1/admin/units", """
                {"code": "%s", "nameZh": "%s", "nameEn": "%s", "kind": "%s", "jurisdiction": ["330502"], "active": true}
                """.formatted(code, nameZh, nameEn, kind), bearer(StaffAccounts.adminToken(api())));
        assertEquals(201, created.status(), created.body());
    }

    /**
     * One request as the figures see it; minutes count from submission (q, a from the queue entry), null where the
     * stage was not reached.
     */
    private record Fixture(String type, String routedUnit, String unit, String division, int backflow,
                           LocalDateTime created, int queuedAfter, Integer acceptedAfterQueued, boolean acceptLate,
                           Integer resolvedAfter, int pausedSeconds, boolean resolveLate, Integer rating, String status) {
    }

    /** Written straight into the table, personal data sealed with the run's key as the application would. */
    private void insert(List<Fixture> set) throws Exception {
        DataKeys keys = DataKeys.derive(TestEnvironment.cryptoKey());
        FieldCipher cipher = keys.cipher();
        try (Connection db = TestEnvironment.connect();
             PreparedStatement insert = db.prepareStatement("""
                     INSERT INTO requests (tracking_number, type, status, priority, channel, lang, unit_id, routed_unit_id,
                         division_code, routing_reason, description, contact_name, contact_phone, contact_phone_hash,
                         answers, backflow_count, created_at, updated_at, queued_at, accepted_at, accept_breached_at,
                         resolved_at, resolve_breached_at, paused_seconds, rating, accept_due_at)
                     VALUES (?, ?, ?, 'NORMAL', 'PORTAL', 'zh', ?, ?, ?, '统计测试', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            for (Fixture f : set) {
                String number = TrackingNumber.random(random).value();
                trackingNumbers.add(number);
                LocalDateTime queued = f.created().plusMinutes(f.queuedAfter());
                LocalDateTime accepted = f.acceptedAfterQueued() == null ? null : queued.plusMinutes(f.acceptedAfterQueued());
                LocalDateTime resolved = f.resolvedAfter() == null ? null : f.created().plusMinutes(f.resolvedAfter());
                int i = 0;
                insert.setString(++i, number);
                insert.setString(++i, f.type());
                insert.setString(++i, f.status());
                insert.setLong(++i, StaffAuthChecks.unitId(f.unit()));
                insert.setLong(++i, StaffAuthChecks.unitId(f.routedUnit()));
                insert.setString(++i, f.division());
                insert.setString(++i, cipher.seal("统计测试：" + f.type()));
                insert.setString(++i, cipher.seal(NAME));
                insert.setString(++i, cipher.seal(PHONE));
                insert.setString(++i, keys.lookupHash("phone", PHONE));
                insert.setString(++i, cipher.seal("{}"));
                insert.setInt(++i, f.backflow());
                insert.setObject(++i, f.created());
                insert.setObject(++i, f.created());
                insert.setObject(++i, queued);
                insert.setObject(++i, accepted);
                insert.setObject(++i, f.acceptLate() ? queued.plusMinutes(30) : null);
                insert.setObject(++i, resolved);
                insert.setObject(++i, f.resolveLate() ? f.created().plusMinutes(180) : null);
                insert.setInt(++i, f.pausedSeconds());
                insert.setObject(++i, f.rating());
                // the fixture's own breach stamps are what counts; a deadline beyond the run keeps every sweep away
                insert.setObject(++i, LocalDateTime.of(2099, 1, 1, 0, 0));
                insert.executeUpdate();
            }
        }
    }

    private static Expect figures(JsonObject figures) {
        return new Expect(figures);
    }

    /** Asserts the figures of a total or a unit's row, one by one, naming the one that differs. */
    private record Expect(JsonObject figures) {

        Expect volume(long expected) {
            assertEquals(expected, figures.getJsonNumber("volume").longValue(), figures.toString());
            return this;
        }

        Expect backflow(double rate, long of) {
            return rate(figures.getJsonObject("backflowRate"), "backflowRate", rate, of);
        }

        Expect diversion(double rate, long of) {
            return rate(figures.getJsonObject("diversionRate"), "diversionRate", rate, of);
        }

        Expect noDiversion() {
            assertEquals(JsonValue.NULL, figures.get("diversionRate"), figures.toString());
            return this;
        }

        Expect accept(double rate, long of) {
            return rate(figures.getJsonObject("slaCompliance").getJsonObject("accept"), "slaCompliance.accept", rate, of);
        }

        Expect resolve(double rate, long of) {
            return rate(figures.getJsonObject("slaCompliance").getJsonObject("resolve"), "slaCompliance.resolve", rate, of);
        }

        Expect medianAccept(double minutes, long of) {
            return median(figures.getJsonObject("medianMinutesToAccept"), "medianMinutesToAccept", minutes, of);
        }

        Expect medianResolve(double minutes, long of) {
            return median(figures.getJsonObject("medianMinutesToResolve"), "medianMinutesToResolve", minutes, of);
        }

        Expect satisfaction(double rate, long rated, double average) {
            rate(figures.getJsonObject("satisfactionRate"), "satisfactionRate", rate, rated);
            assertEquals(rated, figures.getJsonNumber("rated").longValue(), "rated in " + figures);
            assertEquals(average, figures.getJsonNumber("averageRating").doubleValue(), "averageRating in " + figures);
            return this;
        }

        private Expect rate(JsonObject value, String name, double rate, long of) {
            assertEquals(rate, value.getJsonNumber("rate").doubleValue(), name + " in " + figures);
            assertEquals(of, value.getJsonNumber("of").longValue(), name + " in " + figures);
            return this;
        }

        private Expect median(JsonObject value, String name, double minutes, long of) {
            assertEquals(minutes, value.getJsonNumber("median").doubleValue(), name + " in " + figures);
            assertEquals(of, value.getJsonNumber("of").longValue(), name + " in " + figures);
            return this;
        }
    }
}
