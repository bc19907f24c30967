package io.jingwu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.math.RoundingMode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The public evaluation page (评估亮晒) in a phone's browser, without signing in: a fresh unit's figures are the
 * statistics API's for the same period, the charts are drawn, and the page speaks English when asked.
 */
abstract class EvaluationChecks extends DeployedApplication {

    private WebDriver browser;
    private PublicEvaluationPage page;

    Http api() {
        return new Http(base());
    }

    @BeforeEach
    void openBrowser() {
        browser = Browsers.chromium(Browsers.PHONE);
        page = new PublicEvaluationPage(browser, new WebDriverWait(browser, Duration.ofSeconds(20)), base());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            Browsers.quit(browser);
        }
    }

    /** A mediation unit of this run, holding two disputes transferred from Zhili; one accepted there. */
    private String unitWithRequests() {
        return unitWithRequests("评估测试调解组", "Evaluation test mediators");
    }

    private String unitWithRequests(String nameZh, String nameEn) {
        String code = "EV-" + StaffAccounts.unique("").toUpperCase().substring(0, 8);
        Http.Reply created = api().post("api/v1/admin/units", Json.createObjectBuilder().add("code", code)
                .add("nameZh", nameZh).add("nameEn", nameEn).add("kind", "MEDIATION")
                .add("jurisdiction", Json.createArrayBuilder().add("330502100")).add("active", true).build().toString(),
                bearer(StaffAccounts.adminToken(api())));
        assertEquals(201, created.status(), created.body());
        String zhiliClerk = StaffAccounts.signedIn(api(), "CLERK", StaffWorkChecks.ZHILI);
        String clerk = StaffAccounts.signedIn(api(), "CLERK", code);
        for (int i = 0; i < 2; i++) {
            String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            String number = api().post("api/v1/requests", RequestsApiChecks.dispute("330502100", "汪晓燕", phone,
                    "邻居装修噪音持续到深夜，协商无果。")).json().getString("trackingNumber");
            moved(api().post("api/v1/staff/requests/" + number + "/transfer",
                    "{\"unitCode\": \"" + code + "\", \"reason\": \"邻里纠纷由调解组受理\"}", bearer(zhiliClerk)));
            if (i == 0) {
                moved(api().post("api/v1/staff/requests/" + number + "/accept", "{}", bearer(clerk)));
            }
        }
        return code;
    }

    private static void moved(Http.Reply reply) {
        assertEquals(200, reply.status(), reply.body());
    }

    @Test
    void aUnitsFiguresAreTheStatisticsApisAndTheChartsAreDrawn() {
        String unit = unitWithRequests();
        Http.Reply reply = api().get("api/v1/statistics?unit=" + unit, "Accept-Language", "zh");
        assertEquals(200, reply.status(), reply.body());
        JsonObject figures = reply.json().getJsonArray("units").getJsonObject(0);
        assertEquals(2, figures.getInt("volume"), figures.toString());

        page.open("evaluation.xhtml?lang=zh");
        Map<String, String> row = page.row(unit).orElseThrow(() -> new AssertionError("no row for " + unit));
        assertEquals(Map.of(
                "volume", "2",
                "backflow", percent(figures.get("backflowRate")),
                "diversion", percent(figures.get("diversionRate")),
                "sla-accept", percent(figures.getJsonObject("slaCompliance").get("accept")),
                "sla-resolve", percent(figures.getJsonObject("slaCompliance").get("resolve")),
                "median-accept", minutes(figures.get("medianMinutesToAccept")),
                "median-resolve", minutes(figures.get("medianMinutesToResolve")),
                "satisfaction", percent(figures.get("satisfactionRate")) + " 共 0 件评价"), row);
        assertEquals("100.0%", row.get("sla-accept"), "one accept decided, in time");
        assertTrue(page.unitCell(unit).contains("评估测试调解组"), page.unitCell(unit));
        page.waitForChart("slaChart");
        page.waitForChart("satisfactionChart");
        assertFalse(browser.getPageSource().contains("汪晓燕"), "no personal data");
    }

    @Test
    void theAddressEvaluationLeadsToThePageWhichSpeaksEnglish() {
        String unit = unitWithRequests();
        page.open("evaluation?lang=en");
        assertTrue(page.url().contains("/evaluation.xhtml"), page.url());
        assertEquals("How units perform", page.title());
        assertTrue(page.unitCell(unit).contains("Evaluation test mediators"), page.unitCell(unit));
        page.waitForChart("slaChart");

        page.showDivision("33a5");
        assertEquals("\"33a5\" is not a division code prefix: use 1 to 9 digits, e.g. 3305.", page.error());
        page.showDivision("330502");
        assertTrue(page.row(unit).isPresent(), "the unit's requests are in division 330502100");
        page.showDivision("9");
        assertTrue(page.row(unit).isEmpty(), "nor in division 9...");
    }

    /**
     * A unit's name is an administrator's free text, and this page is public: a name that looks like markup is shown
     * as text, in the table and in the charts' labels, and nothing of it runs.
     */
    @Test
    void aUnitNamedLikeAScriptIsShownAsTextAndNothingOfItRuns() {
        String name = "</script><script>window.pwned=1</script>";
        String unit = unitWithRequests(name, name);

        page.open("evaluation.xhtml?lang=zh");

        assertFalse(page.scriptSet("pwned"), "the name's script never ran");
        assertTrue(page.unitCell(unit).contains(name), page.unitCell(unit));
        assertTrue(page.waitForChart("slaChart").contains(name), "the label as the administrator wrote it");
        assertTrue(page.waitForChart("satisfactionChart").contains(name));
    }

    /** As the page shows a share: a percentage with one decimal, a dash for a share of nothing. */
    private static String percent(JsonValue rate) {
        if (rate.getValueType() == JsonValue.ValueType.NULL) {
            return "—";
        }
        JsonObject r = rate.asJsonObject();
        return r.isNull("rate") ? "—"
                : r.getJsonNumber("rate").bigDecimalValue().movePointRight(2).setScale(1, RoundingMode.HALF_UP) + "%";
    }

    private static String minutes(JsonValue median) {
        JsonObject m = median.asJsonObject();
        return m.isNull("median") ? "—" : m.getJsonNumber("median").bigDecimalValue().setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
