package io.jingwu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code POST /api/v1/fraud/alerts}: a bank teller's one-click alarm opens an urgent request for the anti-fraud centre
 * and alerts the police station of the branch's division, once however often it is retried.
 */
abstract class FraudAlertChecks extends DeployedApplication {

    static final String ALERTS = "api/v1/fraud/alerts";
    static final String STATION_ALERTS = "api/v1/staff/fraud-alerts";
    /** Zhili town, Huzhou: the Zhinan station's jurisdiction; the Huzhou anti-fraud centre serves the city. */
    static final String ZHILI = "330502100";

    Http api() {
        return new Http(base());
    }

    /** A new institution of the kind, with its key. */
    private String keyOf(String kind) {
        Http.Reply added = api().post("api/v1/admin/institutions", Json.createObjectBuilder()
                .add("name", "湖州农商银行 " + StaffAccounts.unique("")).add("kind", kind).build().toString(),
                bearer(StaffAccounts.adminToken(api())));
        assertEquals(201, added.status(), added.body());
        return added.json().getString("apiKey");
    }

    private Http.Reply alarm(String apiKey, String idempotencyKey, String body, String... more) {
        String[] headers = new String[4 + more.length];
        headers[0] = "X-Api-Key";
        headers[1] = apiKey;
        headers[2] = "Idempotency-Key";
        headers[3] = idempotencyKey;
        System.arraycopy(more, 0, headers, 4, more.length);
        return api().post(ALERTS, body, headers);
    }

    private static String alarmBody(String branch, String amount) {
        return """
                {"branchName": "%s", "divisionCode": "%s", "branchAddress": "织里镇珍贝路 168 号",
                 "customerIntent": "向自称上海警方的人转账保释女儿", "amount": %s, "tellerPhone": "0572-3011234",
                 "customerAge": 63}""".formatted(branch, ZHILI, amount);
    }

    @Test
    void aTellersAlarmReachesTheCentreAndTheStationOnceHoweverOftenItIsSent() {
        String bank = keyOf("BANK");
        String key = UUID.randomUUID().toString();
        String branch = "织里支行 " + StaffAccounts.unique("");

        Http.Reply first = alarm(bank, key, alarmBody(branch, "300000"));
        Http.Reply retry = alarm(bank, key, alarmBody(branch, "300000"));
        Http.Reply changed = alarm(bank, key, alarmBody(branch, "1000"));

        assertEquals(201, first.status(), first.body());
        JsonObject receipt = first.json();
        assertEquals("湖州市公安局反诈中心", receipt.getString("centre"));
        assertEquals("湖州市公安局织里分局织南派出所", receipt.getString("station"));
        assertEquals(201, retry.status(), retry.body());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(receipt.getString("trackingNumber"), retry.json().getString("trackingNumber"));
        assertEquals(422, changed.status(), "the same key with another alarm");

        String station = StaffAccounts.signedIn(api(), "CLERK", "HUZ-ZL-ZHINAN-PS");
        List<JsonObject> alerts = api().get(STATION_ALERTS, bearer(station)).jsonArray().getValuesAs(JsonObject.class);
        List<JsonObject> ours = alerts.stream().filter(alert -> alert.getString("branch").equals(branch)).toList();
        assertEquals(1, ours.size(), "one alert, however often the bank retried");
        JsonObject alert = ours.get(0);
        assertEquals("织里镇珍贝路 168 号", alert.getString("branchAddress"));
        assertTrue(alert.isNull("acknowledgedAt"));
        String shown = alert.toString();
        assertFalse(shown.contains("300000") || shown.contains("上海警方") || shown.contains("63"),
                "nothing about the customer reaches the station: " + shown);

        String centre = StaffAccounts.signedIn(api(), "CLERK", "HUZ-ANTIFRAUD");
        JsonObject request = api().get("api/v1/staff/requests/" + receipt.getString("trackingNumber"), bearer(centre)).json();
        assertEquals("URGENT", request.getString("priority"), request.toString());
    }

    @Test
    void theStationAcknowledgesAndNoOtherUnitCan() {
        String bank = keyOf("BANK");
        String branch = "吴兴支行 " + StaffAccounts.unique("");
        assertEquals(201, alarm(bank, UUID.randomUUID().toString(), alarmBody(branch, "50000")).status());
        String station = StaffAccounts.signedIn(api(), "CLERK", "HUZ-ZL-ZHINAN-PS");
        String elsewhere = StaffAccounts.signedIn(api(), "CLERK", "CNG-LINGXI-PS");
        long id = api().get(STATION_ALERTS, bearer(station)).jsonArray().getValuesAs(JsonObject.class).stream()
                .filter(alert -> alert.getString("branch").equals(branch)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();

        assertEquals(404, api().post(STATION_ALERTS + "/" + id + "/acknowledgement", "", bearer(elsewhere)).status());
        Http.Reply acknowledged = api().post(STATION_ALERTS + "/" + id + "/acknowledgement", "", bearer(station));

        assertEquals(200, acknowledged.status(), acknowledged.body());
        assertNotNull(acknowledged.json().getString("acknowledgedAt"));
        assertTrue(api().get(STATION_ALERTS, bearer(elsewhere)).jsonArray().getValuesAs(JsonObject.class).stream()
                .noneMatch(alert -> alert.getString("branch").equals(branch)), "another station does not see it");
    }

    @Test
    void onlyABanksGenuineKeyRaisesAnAlarmAndEveryBrokenRuleIsNamed() {
        String hotel = keyOf("HOTEL");
        String bank = keyOf("BANK");

        Http.Reply fromHotel = alarm(hotel, UUID.randomUUID().toString(), alarmBody("某酒店", "1000"));
        Http.Reply noKey = api().post(ALERTS, alarmBody("织里支行", "1000"), "Idempotency-Key", "k-1");
        Http.Reply noIdempotencyKey = api().post(ALERTS, alarmBody("织里支行", "1000"), "X-Api-Key", bank,
                "Accept-Language", "en");
        Http.Reply broken = alarm(bank, UUID.randomUUID().toString(), """
                {"branchName": "织里支行", "divisionCode": "330502100", "customerIntent": "转账",
                 "amount": -5, "tellerPhone": "not a phone"}""", "Accept-Language", "en");

        assertEquals(403, fromHotel.status(), fromHotel.body());
        assertEquals(401, noKey.status());
        assertEquals(400, noIdempotencyKey.status(), noIdempotencyKey.body());
        assertTrue(noIdempotencyKey.body().contains("Idempotency-Key"), noIdempotencyKey.body());
        assertEquals(400, broken.status(), broken.body());
        List<String> fields = broken.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
        assertTrue(fields.containsAll(List.of("branchAddress", "amount", "tellerPhone")), fields.toString());
    }

    @Test
    void theCentreThatHoldsTheReportRecordsHowMuchTheStopPaymentSaved() {
        String bank = keyOf("BANK");
        String number = alarm(bank, UUID.randomUUID().toString(), alarmBody("南浔支行 " + StaffAccounts.unique(""), "300000"))
                .json().getString("trackingNumber");
        String centre = StaffAccounts.signedIn(api(), "CLERK", "HUZ-ANTIFRAUD");
        String station = StaffAccounts.signedIn(api(), "CLERK", "HUZ-ZL-ZHINAN-PS");
        String path = "api/v1/staff/fraud-cases/" + number;

        Http.Reply tooMuch = api().put(path + "/stop-payment", "{\"amountStopped\": \"400000\"}",
                bearer(centre, "Accept-Language", "en"));
        Http.Reply recorded = api().put(path + "/stop-payment", "{\"amountStopped\": \"250000.50\"}", bearer(centre));
        Http.Reply notTheirs = api().put(path + "/stop-payment", "{\"amountStopped\": \"1\"}", bearer(station));

        assertEquals(400, tooMuch.status(), tooMuch.body());
        assertTrue(tooMuch.body().contains("at most 300000"), tooMuch.body());
        assertEquals(200, recorded.status(), recorded.body());
        JsonObject figures = api().get(path, bearer(centre)).json();
        assertEquals("bank-counter-alert", figures.getString("category"));
        assertEquals(0, figures.getJsonNumber("amountStopped").bigDecimalValue().compareTo(new java.math.BigDecimal("250000.50")));
        assertEquals(404, notTheirs.status(), "the station does not hold the report");
    }

    @Test
    void aFraudReportNamesItsScamWithTheNineKindsTheChecksUse() {
        JsonObject moneyLost = api().get("api/v1/services/FRAUD_REPORT/money-lost", "Accept-Language", "en").json();
        List<String> kinds = ServiceCatalogueChecks.field(moneyLost, "scamKind").getJsonArray("choices")
                .getValuesAs(JsonObject.class).stream().map(choice -> choice.getString("value")).toList();

        assertEquals(List.of("impersonating-officials", "fake-customer-service", "loan-credit",
                "impersonating-acquaintance", "brushing-jobs", "investment-romance", "fake-relative", "game-trading",
                "other-scam"), kinds);
        String anHourAgo = java.time.LocalDateTime.now(java.time.ZoneOffset.ofHours(8)).minusHours(1)
                .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        String report = """
                {"type": "FRAUD_REPORT", "category": "money-lost", "description": "对方说我儿子出车祸要手术费。",
                 "divisionCode": "330502100", "contactName": "沈阿姨", "contactPhone": "13700002468", "lang": "zh",
                 "fields": {"amount": 8000, "transferredAt": "%s", "receivingAccount": "%s",
                            "channel": "phone", "scamKind": "%s"}}""";
        assertEquals(400, api().post("api/v1/requests",
                        report.formatted(anHourAgo, FraudCheckChecks.freshCard(), "task-rebate")).status(),
                "a former choice is no longer offered");
        Http.Reply filed = api().post("api/v1/requests",
                report.formatted(anHourAgo, FraudCheckChecks.freshCard(), "fake-relative"));
        assertEquals(201, filed.status(), filed.body());
        String centre = StaffAccounts.signedIn(api(), "CLERK", "HUZ-ANTIFRAUD");
        JsonObject figures = api().get("api/v1/staff/fraud-cases/" + filed.json().getString("trackingNumber"),
                bearer(centre)).json();
        assertEquals("FAKE_RELATIVE", figures.getString("scamKind"));
        assertEquals(0, figures.getJsonNumber("amountLost").bigDecimalValue().compareTo(new java.math.BigDecimal("8000")));
    }
}
