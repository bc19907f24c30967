package io.jingwu.it;

import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.FieldCipher;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Citizens follow a district's anti-fraud warnings with a phone confirmed by a code, and stop them with the link every
 * warning ends with; the anti-fraud centre warns a county or a city within its jurisdiction, each follower in their
 * language, through the outbox. Each check follows counties of Huzhou with phones of its own, so that what another
 * check published before it is told apart by the phone.
 */
abstract class FraudWarningChecks extends DeployedApplication {

    static final String SUBSCRIPTIONS = "api/v1/fraud/subscriptions";
    static final String WARNINGS = "api/v1/fraud/warnings";
    static final String CENTRE = "HUZ-ANTIFRAUD";
    static final String WARNING = "fraud-warning";
    static final String SUBSCRIBE_CODE = "fraud-subscribe-code";

    private static final String ZH = "近期冒充电商客服以“退款”为名诱导共享屏幕的诈骗高发。客服不会让您共享屏幕，请挂断后拨打官方电话核实。";
    private static final String EN = "Fake shop customer service is calling about refunds and asking people to share"
            + " their screen. Hang up and call the shop yourself.";

    Http api() {
        return new Http(base());
    }

    @Test
    void aFollowerConfirmedByCodeIsWarnedInTheirLanguageAndTheLinkStopsTheWarnings() throws Exception {
        String phone = randomPhone();
        follow(phone, "330522", "en");
        String centre = StaffAccounts.signedIn(api(), "ANTI_FRAUD", CENTRE);

        Http.Reply published = publish(centre, "3305");

        assertEquals(201, published.status(), published.body());
        JsonObject warning = published.json();
        assertEquals("330500", warning.getString("divisionCode"));
        assertEquals("浙江省 湖州市", warning.getString("area"));
        assertEquals("FAKE_CUSTOMER_SERVICE", warning.getString("scamKind"));
        assertTrue(warning.getBoolean("completed"));
        int queued = warning.getInt("queued");
        assertTrue(queued >= 1, warning.toString());
        List<OutboxRow> sent = warningsTo(phone);
        assertEquals(1, sent.size());
        String text = sent.get(0).text();
        assertTrue(text.startsWith("[Police anti-fraud] " + EN + " Unsubscribe: "), text);
        assertTrue(text.matches(".* https?://[^ ]+/fraud/unsubscribe\\.xhtml\\?token=[A-Za-z0-9_.-]+$"), text);
        assertTrue(deliveredWithin(phone, sent.get(0).messageId(), Duration.ofSeconds(60)),
                "the outbox hands the warning to the SMS provider");

        Http.Reply stopped = unsubscribe(tokenIn(text));
        assertEquals(200, stopped.status(), stopped.body());
        assertEquals("UNSUBSCRIBED", stopped.json().getString("status"));
        assertEquals("330522", stopped.json().getJsonArray("districts").getJsonObject(0).getString("divisionCode"));
        Http.Reply again = unsubscribe(tokenIn(text));
        assertEquals(200, again.status(), "following the link twice is answered alike");
        assertEquals(0, again.json().getJsonArray("districts").size());

        Http.Reply next = publish(centre, "3305");
        assertEquals(201, next.status(), next.body());
        assertEquals(queued - 1, next.json().getInt("queued"), "everyone as before, but the phone that stopped");
        assertEquals(1, warningsTo(phone).size(), "the next warning does not reach it");
        List<JsonObject> listed = api().get(WARNINGS, bearer(centre)).jsonArray().getValuesAs(JsonObject.class);
        assertEquals(next.json().getJsonNumber("id").longValue(), listed.get(0).getJsonNumber("id").longValue(),
                "the newest first");
        JsonObject first = api().get(WARNINGS + "/" + warning.getJsonNumber("id"), bearer(centre)).json();
        assertEquals(queued, first.getInt("queued"));
        assertEquals(EN, first.getJsonObject("texts").getString("en"));
    }

    @Test
    void aForgedOrAlteredTokenIsRefusedAndStopsNothing() throws Exception {
        String phone = randomPhone();
        follow(phone, "330523", "zh");
        String centre = StaffAccounts.signedIn(api(), "ANTI_FRAUD", CENTRE);
        assertEquals(201, publish(centre, "330523").status());
        String token = tokenIn(warningsTo(phone).get(0).text());
        assertTrue(warningsTo(phone).get(0).text().startsWith("【警务反诈】" + ZH + " 退订："));
        String[] parts = token.split("\\.");
        String tokenId = Json.createReader(new StringReader(new String(Base64.getUrlDecoder().decode(parts[1]),
                StandardCharsets.UTF_8))).readObject().getString("sub");
        String otherId = (tokenId.charAt(0) == 'Z' ? "Y" : "Z") + tokenId.substring(1);

        String otherSubscription = parts[0] + "." + base64("{\"sub\":\"" + otherId + "\"}") + "." + parts[2];
        String otherKey = forged(parts[0] + "." + parts[1]);
        String unsigned = base64("{\"alg\":\"none\"}") + "." + parts[1] + ".";

        for (String refused : List.of(otherSubscription, otherKey, unsigned, token.substring(0, token.length() - 3), "x")) {
            Http.Reply reply = unsubscribe(refused);
            assertEquals(400, reply.status(), refused + ": " + reply.body());
            assertTrue(reply.json().getString("type").endsWith("/fraud-warning-token-refused"), reply.body());
        }
        assertEquals(201, publish(centre, "330523").status());
        assertEquals(2, warningsTo(phone).size(), "still followed");
    }

    @Test
    void aWrongCodeIsRefusedAndAskingTellsNobodyWhetherThePhoneFollowsAlready() throws Exception {
        String phone = randomPhone();
        Http.Reply asked = ask(phone, "330521", "ru");
        assertEquals(202, asked.status(), asked.body());
        String code = CitizenAccessChecks.lastCodeSentTo(phone, SUBSCRIBE_CODE);
        String wrong = code.equals("000000") ? "000001" : "000000";

        Http.Reply refused = confirm(phone, "330521", wrong);
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.json().getString("type").endsWith("/fraud-warning-code-refused"));
        assertEquals(422, confirm(phone, "330502", code).status(), "a code confirms the district it was sent for");
        Http.Reply confirmed = confirm(phone, "330521", code);
        assertEquals(200, confirmed.status(), confirmed.body());
        assertEquals("CONFIRMED", confirmed.json().getString("status"));
        assertEquals(422, confirm(phone, "330521", code).status(), "a code works once");

        Http.Reply followsAlready = ask(phone, "330521", "ru");
        Http.Reply followsNothing = ask(randomPhone(), "330521", "ru");
        assertEquals(followsNothing.status(), followsAlready.status());
        assertEquals(followsNothing.body(), followsAlready.body());
        assertEquals(2, CitizenAccessChecks.textsSentTo(phone, SUBSCRIBE_CODE).size(), "a code, as to any phone");

        Http.Reply broken = api().post(SUBSCRIPTIONS, "{\"phone\": \"12345\", \"divisionCode\": \"330502100\","
                + " \"lang\": \"fr\"}", "Accept-Language", "en");
        assertEquals(400, broken.status(), broken.body());
        assertEquals(List.of("phone", "divisionCode", "lang"), fields(broken));
    }

    @Test
    void onThePortalAPhoneStopsEveryDistrictWithANewCode() throws Exception {
        String phone = randomPhone();
        follow(phone, "330502", "zh");
        follow(phone, "330503", "zh");
        String stranger = randomPhone();

        assertEquals(202, api().post(SUBSCRIPTIONS + "/unsubscription-codes",
                "{\"phone\": \"" + stranger.substring(3) + "\"}").status());
        assertTrue(CitizenAccessChecks.textsSentTo(stranger, "fraud-unsubscribe-code").isEmpty(),
                "a phone that follows nothing is sent nothing, and the caller is told the same");
        assertEquals(202, api().post(SUBSCRIPTIONS + "/unsubscription-codes",
                "{\"phone\": \"" + phone.substring(3) + "\"}").status());
        String code = CitizenAccessChecks.lastCodeSentTo(phone, "fraud-unsubscribe-code");

        Http.Reply stopped = api().post(SUBSCRIPTIONS + "/unsubscription",
                "{\"phone\": \"" + phone.substring(3) + "\", \"code\": \"" + code + "\"}");

        assertEquals(200, stopped.status(), stopped.body());
        assertEquals(List.of("330502", "330503"), stopped.json().getJsonArray("districts").getValuesAs(JsonObject.class)
                .stream().map(district -> district.getString("divisionCode")).toList());
        String centre = StaffAccounts.signedIn(api(), "ANTI_FRAUD", CENTRE);
        assertEquals(201, publish(centre, "330502").status());
        assertTrue(warningsTo(phone).isEmpty());
    }

    @Test
    void onlyACentresStaffPublishAndOnlyWithinTheirJurisdiction() throws Exception {
        String clerk = StaffAccounts.signedIn(api(), "CLERK", CENTRE);
        String hangzhou = StaffAccounts.signedIn(api(), "ANTI_FRAUD", "HGH-ANTIFRAUD");
        String huzhou = StaffAccounts.signedIn(api(), "ANTI_FRAUD", CENTRE);

        assertEquals(403, publish(clerk, "3305").status(), "a clerk, even of the centre");
        assertEquals(403, api().get(WARNINGS, bearer(clerk)).status());
        assertEquals(401, api().post(WARNINGS, body("3305", ZH, EN)).status());
        Http.Reply elsewhere = publish(hangzhou, "3305");
        assertEquals(403, elsewhere.status(), elsewhere.body());
        assertTrue(elsewhere.json().getString("type").endsWith("/fraud-warning-outside-jurisdiction"), elsewhere.body());

        Http.Reply tooLong = api().post(WARNINGS, body("3305", "骗".repeat(300), null), bearer(huzhou, "Accept-Language", "en"));
        assertEquals(400, tooLong.status(), tooLong.body());
        JsonObject error = tooLong.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("texts.zh", error.getString("field"));
        assertTrue(error.getString("message").startsWith("With its unsubscribe link, this text makes a message of"),
                error.getString("message"));
        Http.Reply province = api().post(WARNINGS, body("33", ZH, null), bearer(huzhou, "Accept-Language", "en"));
        assertEquals(400, province.status(), "a province is not an area: " + province.body());
        assertEquals(List.of("divisionCode"), fields(province));
    }

    @Test
    void theLinkOpensAPageThatStopsTheWarningsOnlyWhenAsked() throws Exception {
        String phone = randomPhone();
        follow(phone, "330521", "ru");
        String centre = StaffAccounts.signedIn(api(), "ANTI_FRAUD", CENTRE);
        assertEquals(201, publish(centre, "330521").status());
        String token = tokenIn(warningsTo(phone).get(0).text());
        WebDriver browser = Browsers.chromium(Browsers.NARROW_PHONE);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            browser.get(base().resolve("fraud/unsubscribe.xhtml?lang=ru&token=" + token).toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("unsubscribe:stop")));
            assertEquals(201, publish(centre, "330521").status());
            assertEquals(2, warningsTo(phone).size(), "opening the link alone (a preview) stops nothing");

            browser.findElement(By.id("unsubscribe:stop")).click();
            String stopped = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("stopped"))).getText();
            assertTrue(stopped.startsWith("Готово"), stopped);

            browser.get(base().resolve("fraud/unsubscribe.xhtml?lang=ru&token=" + token.substring(0, token.length() - 2))
                    .toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.id("unsubscribe:stop"))).click();
            assertTrue(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("refused"))).getText()
                    .contains("недействительна"));
        } finally {
            Browsers.quit(browser);
        }
        assertEquals(201, publish(centre, "330521").status());
        assertEquals(2, warningsTo(phone).size(), "the button stopped them");
    }

    private void follow(String phone, String county, String lang) throws Exception {
        Http.Reply asked = ask(phone, county, lang);
        assertEquals(202, asked.status(), asked.body());
        Http.Reply confirmed = confirm(phone, county, CitizenAccessChecks.lastCodeSentTo(phone, SUBSCRIBE_CODE));
        assertEquals(200, confirmed.status(), confirmed.body());
    }

    private Http.Reply ask(String phone, String county, String lang) {
        return api().post(SUBSCRIPTIONS, Json.createObjectBuilder().add("phone", phone.substring(3, 6) + " "
                + phone.substring(6, 10) + " " + phone.substring(10)).add("divisionCode", county).add("lang", lang)
                .build().toString());
    }

    private Http.Reply confirm(String phone, String county, String code) {
        return api().post(SUBSCRIPTIONS + "/confirmation", Json.createObjectBuilder().add("phone", phone)
                .add("divisionCode", county).add("code", code).build().toString(), "Accept-Language", "en");
    }

    private Http.Reply unsubscribe(String token) {
        return api().post(SUBSCRIPTIONS + "/unsubscription", Json.createObjectBuilder().add("token", token).build().toString());
    }

    private Http.Reply publish(String staffToken, String area) {
        return api().post(WARNINGS, body(area, ZH, EN), bearer(staffToken));
    }

    private static String body(String area, String zh, String en) {
        var texts = Json.createObjectBuilder().add("zh", zh);
        if (en != null) {
            texts.add("en", en);
        }
        return Json.createObjectBuilder().add("divisionCode", area).add("texts", texts)
                .add("scamKind", "fake-customer-service").build().toString();
    }

    private static String tokenIn(String text) {
        return text.substring(text.indexOf("token=") + "token=".length());
    }

    /** The claims signed as the server would, but with a key of the forger's own. */
    private static String forged(String signedPart) throws Exception {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return signedPart + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(signedPart.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> fields(Http.Reply problem) {
        return problem.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }

    private boolean deliveredWithin(String phone, String messageId, Duration wait) throws InterruptedException {
        Instant until = Instant.now().plus(wait);
        while (Instant.now().isBefore(until)) {
            boolean delivered = api().get("api/test-support/sms-provider/phones/" + phone.replace("+", "%2B")).json()
                    .getJsonArray("messageIds").getValuesAs(JsonString.class).stream()
                    .anyMatch(id -> id.getString().equals(messageId));
            if (delivered) {
                return true;
            }
            Thread.sleep(1000);
        }
        return false;
    }

    /** The warnings queued for the phone, newest first, read from the outbox with the run's key. */
    private static List<OutboxRow> warningsTo(String e164) throws Exception {
        FieldCipher cipher = DataKeys.derive(TestEnvironment.cryptoKey()).cipher();
        List<OutboxRow> rows = new ArrayList<>();
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement(
                     "SELECT message_id, phone, message FROM sms_outbox WHERE purpose = ? ORDER BY id DESC")) {
            read.setString(1, WARNING);
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    if (cipher.open(row.getString("phone")).equals(e164)) {
                        rows.add(new OutboxRow(row.getString("message_id"), cipher.open(row.getString("message"))));
                    }
                }
            }
        }
        return rows;
    }

    private static String randomPhone() {
        return "+86137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private record OutboxRow(String messageId, String text) {
    }
}
