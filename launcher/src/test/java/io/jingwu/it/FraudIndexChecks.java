package io.jingwu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The anti-fraud index (反诈指数) end to end: fraud reports made through the API, a stop-payment recorded by the
 * centre, a population set by an administrator, the computation the timer runs, and the public answer against the
 * hand computation. Each check takes a county of its own: one no check has given a population yet in this database.
 */
abstract class FraudIndexChecks extends DeployedApplication {

    static final String INDEX = "api/v1/fraud/index";
    static final String POPULATIONS = "api/v1/admin/county-populations";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    /** Counties of Lishui and Quzhou: no demo unit serves them (their reports go to the duty desk), no other area reports fraud there. */
    private static final List<String> COUNTIES = List.of("331102", "331121", "331122", "331123", "331124", "331125",
            "331126", "331127", "331181", "330802", "330803", "330822", "330824", "330825", "330881");

    Http api() {
        return new Http(base());
    }

    /** A county without a population in this database, so without reports counted by anyone: the check's own. */
    static String ownCounty(Http api) {
        String admin = StaffAccounts.adminToken(api);
        synchronized (FraudIndexChecks.class) {
            for (String county : COUNTIES) {
                if (api.get(POPULATIONS + "/" + county, bearer(admin)).status() == 404) {
                    return county;
                }
            }
        }
        return fail("Every county of the fraud index checks has a population already: run them on an empty database");
    }

    /**
     * The documentation's worked example, reported in the county today: 40,000 residents; 2 victims who lost 9,000
     * (2,000 of it stopped) and 3,000 yuan; a bank alarm for 50,000 yuan, all of it stopped; a suspicious contact.
     * Then the index is computed as the timer would now.
     *
     * @return the day computed (China time)
     */
    static LocalDate workedExample(Http api, String county) {
        String admin = StaffAccounts.adminToken(api);
        Http.Reply population = api.put(POPULATIONS + "/" + county,
                "{\"population\": 40000, \"source\": \"端到端测试数值 (test figure)\"}", bearer(admin));
        assertEquals(200, population.status(), population.body());
        String centre = StaffAccounts.signedIn(api, "CLERK", "NATIONAL-DUTY");
        String officials = moneyLost(api, county, "9000", "impersonating-officials");
        moneyLost(api, county, "3000", "fake-relative");
        suspiciousContact(api, county);
        String alarm = bankAlarm(api, county, "50000");
        stopped(api, officials, "2000", centre);
        stopped(api, alarm, "50000", centre);
        Instant now = Instant.now();
        Http.Reply computed = api.post("api/test-support/fraud-index-runs",
                Json.createObjectBuilder().add("at", now.toString()).add("countyCode", county).build().toString());
        assertEquals(200, computed.status(), computed.body());
        assertEquals(30, computed.jsonArray().size(), "a new county: the whole window at once");
        return LocalDate.ofInstant(now, CHINA);
    }

    @Test
    void theIndexIsTheHandComputationOfTheReportsOfTheLastThirtyDays() {
        String county = ownCounty(api());
        LocalDate day = workedExample(api(), county);

        Http.Reply reply = api().get(INDEX + "?division=" + county + "&date=" + day, "Accept-Language", "zh");

        assertEquals(200, reply.status(), reply.body());
        assertEquals("public, max-age=60", reply.header("Cache-Control"));
        assertEquals("Accept-Language", reply.header("Vary"));
        JsonObject index = reply.json();
        assertEquals(county, index.getJsonObject("county").getString("code"));
        assertEquals(day.toString(), index.getString("date"));
        assertEquals(day.minusDays(29).toString(), index.getJsonObject("window").getString("from"));
        // score = (100,000 × (2 victims + 0.5 × 1 alarm + 0.2 × 1 contact) + (12,000 − 2,000) yuan) / 40,000
        //       = (270,000 + 10,000) / 40,000 = 7.00: from 6, level 4. The alarm's 50,000 stopped was never lost.
        assertDecimal("7.00", index, "score");
        assertEquals(4, index.getInt("level"));
        assertEquals("高风险", index.getString("label"));
        assertEquals(40_000, index.getInt("population"));
        JsonObject figures = index.getJsonObject("figures");
        assertEquals(2, figures.getInt("victimReports"));
        assertEquals(1, figures.getInt("suspiciousContacts"));
        assertEquals(1, figures.getInt("bankAlarms"));
        assertDecimal("12000", figures, "amountLost");
        assertDecimal("2000", figures, "amountStopped");
        assertDecimal("10000", figures, "netLoss");
        assertDecimal("5.00", figures, "victimReportsPer100k"); // 2 × 100,000 / 40,000
        assertDecimal("2.50", figures, "suspiciousContactsPer100k");
        assertDecimal("2.50", figures, "bankAlarmsPer100k");
        assertDecimal("0.25", figures, "netLossPerResident"); // 10,000 / 40,000
        assertEquals(List.of(Map.of("kind", "IMPERSONATING_OFFICIALS", "label", "冒充公检法", "reports", 1),
                        Map.of("kind", "FAKE_RELATIVE", "label", "谎称亲人出事", "reports", 1)),
                index.getJsonArray("topScamKinds").getValuesAs(JsonObject.class).stream().map(kind -> Map.of(
                        "kind", kind.getString("kind"), "label", kind.getString("label"),
                        "reports", kind.getInt("reports"))).toList(), "a tie, in the kinds' order");
        List<JsonObject> trend = index.getJsonArray("trend").getValuesAs(JsonObject.class);
        assertEquals(30, trend.size());
        assertEquals(day.toString(), trend.get(29).getString("date"));
        assertEquals(4, trend.get(29).getInt("level"));
        assertEquals(1, trend.get(0).getInt("level"), "a month ago nothing was reported there");

        assertEquals("High", api().get(INDEX + "?division=" + county + "&date=" + day + "&lang=en").json()
                .getString("label"));
        assertEquals("Высокий", api().get(INDEX + "?division=" + county, "Accept-Language", "ru").json()
                .getString("label"), "today by default");
    }

    /** The reports of a day count for the 30 days ending with it: on the 29th day after still, on the 30th no more. */
    @Test
    void aDaysReportsCountForThirtyDays() {
        String county = ownCounty(api());
        LocalDate day = workedExample(api(), county);
        Instant thirtyDaysLater = day.plusDays(30).atTime(12, 0).atZone(CHINA).toInstant();
        Http.Reply computed = api().post("api/test-support/fraud-index-runs", Json.createObjectBuilder()
                .add("at", thirtyDaysLater.toString()).add("countyCode", county).build().toString());
        assertEquals(200, computed.status(), computed.body());

        JsonObject lastDay = api().get(INDEX + "?division=" + county + "&date=" + day.plusDays(29)).json();
        JsonObject after = api().get(INDEX + "?division=" + county + "&date=" + day.plusDays(30)).json();

        assertEquals(4, lastDay.getInt("level"), lastDay.toString());
        assertEquals(2, lastDay.getJsonObject("figures").getInt("victimReports"));
        assertEquals(1, after.getInt("level"), after.toString());
        assertDecimal("0.00", after, "score");
        assertEquals(0, after.getJsonObject("figures").getInt("victimReports"));
        assertEquals(0, after.getJsonArray("topScamKinds").size());
    }

    @Test
    void withoutAnIndexTheAnswerSaysWhy() {
        String county = ownCounty(api());

        Http.Reply noPopulation = api().get(INDEX + "?division=" + county, "Accept-Language", "en");
        Http.Reply city = api().get(INDEX + "?division=331100");
        Http.Reply notComputed = api().get(INDEX + "?division=330502&date=2019-01-01", "Accept-Language", "en");
        Http.Reply malformed = api().get(INDEX + "?division=33a&date=2026-13-01", "Accept-Language", "en");
        Http.Reply missing = api().get(INDEX, "Accept-Language", "en");

        assertEquals(404, noPopulation.status(), noPopulation.body());
        assertTrue(noPopulation.json().getString("type").endsWith("/fraud-index-no-population"), noPopulation.body());
        assertTrue(noPopulation.json().getString("detail").startsWith("The population of 浙江省 "), noPopulation.body());
        assertEquals(404, city.status());
        assertTrue(city.json().getString("type").endsWith("/fraud-index-not-a-county"), city.body());
        assertEquals(404, notComputed.status(), "a demo county, but a day long before the index");
        assertTrue(notComputed.json().getString("type").endsWith("/fraud-index-not-computed"), notComputed.body());
        assertEquals(400, malformed.status());
        assertEquals(List.of("division", "date"), malformed.json().getJsonArray("errors").getValuesAs(JsonObject.class)
                .stream().map(error -> error.getString("field")).toList());
        assertEquals(400, missing.status());
        assertEquals("Give a county-level division code, e.g. 330521.",
                missing.json().getJsonArray("errors").getJsonObject(0).getString("message"));
    }

    @Test
    void administratorsKeepThePopulationsWithTheirSourceAndNobodyElse() {
        String county = ownCounty(api());
        String admin = StaffAccounts.adminToken(api());
        String clerk = StaffAccounts.signedIn(api(), "CLERK", "NATIONAL-DUTY");

        Http.Reply byClerk = api().put(POPULATIONS + "/" + county, "{\"population\": 1, \"source\": \"x\"}", bearer(clerk));
        Http.Reply broken = api().put(POPULATIONS + "/331100", "{\"population\": 0}", bearer(admin, "Accept-Language", "en"));
        Http.Reply set = api().put(POPULATIONS + "/" + county,
                "{\"population\": 112000, \"source\": \"测试数值 (test figure)\"}", bearer(admin));

        assertEquals(403, byClerk.status());
        assertEquals(403, api().get(POPULATIONS, bearer(clerk)).status());
        assertEquals(400, broken.status(), broken.body());
        assertEquals(List.of("countyCode", "population", "source"), broken.json().getJsonArray("errors")
                .getValuesAs(JsonObject.class).stream().map(error -> error.getString("field")).toList());
        assertEquals(200, set.status(), set.body());
        assertEquals(112_000, set.json().getInt("population"));
        assertEquals("测试数值 (test figure)", set.json().getString("source"));
        assertEquals(set.json(), api().get(POPULATIONS + "/" + county, bearer(admin)).json());
        List<JsonObject> all = api().get(POPULATIONS, bearer(admin)).jsonArray().getValuesAs(JsonObject.class);
        JsonObject wuxing = all.stream().filter(p -> p.getString("countyCode").equals("330502")).findFirst()
                .orElseThrow(() -> new AssertionError("the demo data's Wuxing"));
        assertTrue(wuxing.getString("source").contains("demo value"), "a demo value says so: " + wuxing);
    }

    private static void assertDecimal(String expected, JsonObject object, String name) {
        BigDecimal actual = object.getJsonNumber(name).bigDecimalValue();
        assertEquals(0, new BigDecimal(expected).compareTo(actual), name + ": " + actual);
    }

    private static String moneyLost(Http api, String county, String amount, String kind) {
        String anHourAgo = LocalDateTime.now(CHINA).minusHours(1).truncatedTo(ChronoUnit.MINUTES)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        return filed(api, """
                {"type": "FRAUD_REPORT", "category": "money-lost", "description": "对方自称公安民警，说我涉嫌洗钱，让我转账。",
                 "divisionCode": "%s", "contactName": "测试居民", "contactPhone": "%s", "lang": "zh",
                 "fields": {"amount": %s, "transferredAt": "%s", "receivingAccount": "%s",
                            "channel": "phone", "scamKind": "%s"}}""".formatted(county, phone(), amount, anHourAgo,
                FraudCheckChecks.freshCard(), kind));
    }

    private static void suspiciousContact(Http api, String county) {
        filed(api, """
                {"type": "FRAUD_REPORT", "category": "suspicious-contact", "description": "收到短信说我的医保卡被冻结，让我点链接。",
                 "divisionCode": "%s", "contactName": "测试居民", "contactPhone": "%s", "lang": "zh",
                 "fields": {"channel": "sms", "contactDetail": "http://yb-jiedong.example.top", "moneyTransferred": false}}"""
                .formatted(county, phone()));
    }

    private static String bankAlarm(Http api, String county, String amount) {
        Http.Reply bank = api.post("api/v1/admin/institutions", Json.createObjectBuilder()
                .add("name", "丽水农商银行 " + StaffAccounts.unique("")).add("kind", "BANK").build().toString(),
                bearer(StaffAccounts.adminToken(api)));
        assertEquals(201, bank.status(), bank.body());
        Http.Reply alarm = api.post("api/v1/fraud/alerts", """
                {"branchName": "城区支行", "divisionCode": "%s", "branchAddress": "城中路 8 号",
                 "customerIntent": "向自称警方的人转账", "amount": %s, "tellerPhone": "0578-5012345"}"""
                .formatted(county, amount), "X-Api-Key", bank.json().getString("apiKey"),
                "Idempotency-Key", UUID.randomUUID().toString());
        assertEquals(201, alarm.status(), alarm.body());
        return alarm.json().getString("trackingNumber");
    }

    private static String filed(Http api, String report) {
        Http.Reply filed = api.post("api/v1/requests", report);
        assertEquals(201, filed.status(), filed.body());
        return filed.json().getString("trackingNumber");
    }

    private static void stopped(Http api, String trackingNumber, String amount, String centre) {
        Http.Reply recorded = api.put("api/v1/staff/fraud-cases/" + trackingNumber + "/stop-payment",
                "{\"amountStopped\": \"" + amount + "\"}", bearer(centre));
        assertEquals(200, recorded.status(), recorded.body());
    }

    private static String phone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }
}
