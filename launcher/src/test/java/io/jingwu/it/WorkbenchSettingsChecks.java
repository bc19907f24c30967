package io.jingwu.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrators' settings in the workbench: an SLA policy and a calendar day kept through the page (and seen
 * by the admin REST API), refused input explained beside its field and not saved, the text-message outbox
 * followed for one phone; a clerk is not let in. Calendar days are far in the future, so no deadline moves.
 */
abstract class WorkbenchSettingsChecks extends WorkbenchBrowserArea {

    private WorkbenchSettingsPage settings;

    @BeforeEach
    void openPages() {
        settings = new WorkbenchSettingsPage(browser, wait, base());
    }

    private void signInAsAdmin() {
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn("admin", TestEnvironment.adminPassword());
        assertTrue(WorkbenchSettingsPage.navigationOffersSettings(browser), "the header links the settings");
    }

    private List<JsonObject> adminList(String path) {
        Http.Reply reply = api().get(path, bearer(StaffAccounts.adminToken(api())));
        assertEquals(200, reply.status(), reply.body());
        try (var reader = Json.createReader(new StringReader(reply.body()))) {
            return reader.readArray().getValuesAs(JsonObject.class);
        }
    }

    private Optional<JsonObject> urgentGeneralConsultation() {
        return adminList("api/v1/admin/sla-policies").stream()
                .filter(p -> p.getString("type").equals("CONSULTATION") && "general".equals(p.getString("category", null))
                        && "URGENT".equals(p.getString("priority", null)))
                .findFirst();
    }

    @Test
    void anAdministratorAddsAPolicyAfterBadMinutesAreExplainedThenRemovesIt() {
        assertTrue(urgentGeneralConsultation().isEmpty(), "no policy of that scope yet");
        signInAsAdmin();
        settings.open("sla.xhtml", "slaTitle");

        settings.choose("policyType", "CONSULTATION");
        assertTrue(settings.offers("policy:category", "general"), "the type's services are offered");
        settings.choose("policyCategory", "general");
        settings.choose("policyPriority", "URGENT");
        settings.type("policy:acceptMinutes", "0");
        settings.type("policy:resolveMinutes", "480");
        settings.choose("policyBasis", "WALL_CLOCK");
        settings.click("policy:save");

        assertEquals("Please give a number of minutes greater than 0.", settings.messageBeside("policy:acceptMinutesMessage"));
        assertEquals("", settings.messageBeside("policy:resolveMinutesMessage"));
        assertTrue(urgentGeneralConsultation().isEmpty(), "nothing saved");

        settings.type("policy:acceptMinutes", "7");
        settings.click("policy:save");
        JsonObject saved = urgentGeneralConsultation().orElseThrow(() -> new AssertionError("the policy is saved"));
        try {
            assertEquals(7, saved.getInt("acceptMinutes"));
            assertEquals(480, saved.getInt("resolveMinutes"));
            assertEquals("WALL_CLOCK", saved.getString("basis"));
            assertEquals("", settings.messageBeside("policy:acceptMinutesMessage"));
            String row = "policy-" + saved.getJsonNumber("id");
            assertTrue(settings.hasRow(row), "the table lists it");

            settings.open("sla.xhtml", "slaTitle"); // a fresh form, filled by the row's edit
            settings.clickInRow(row, "edit");
            assertEquals("7", settings.value("policy:acceptMinutes"), "the form holds the policy");
            settings.type("policy:acceptMinutes", "9");
            settings.click("policy:save");
            JsonObject changed = urgentGeneralConsultation().orElseThrow();
            assertEquals(saved.getJsonNumber("id"), changed.getJsonNumber("id"), "the same policy, changed");
            assertEquals(9, changed.getInt("acceptMinutes"));
            assertEquals("WALL_CLOCK", changed.getString("basis"));

            settings.clickInRow(row, "remove");
            assertTrue(urgentGeneralConsultation().isEmpty(), "removed");
            assertFalse(settings.hasRow(row));
        } finally {
            api().delete("api/v1/admin/sla-policies/" + saved.getJsonNumber("id"), bearer(StaffAccounts.adminToken(api())));
        }
    }

    @Test
    void anAdministratorAddsAHolidayOnceBothNamesAreGivenThenRemovesIt() {
        LocalDate day = LocalDate.of(2090 + ThreadLocalRandom.current().nextInt(10), 1, 1)
                .plusDays(ThreadLocalRandom.current().nextInt(365));
        String year = "api/v1/admin/working-calendar?year=" + day.getYear();
        assertTrue(adminList(year).stream().noneMatch(d -> d.getString("date").equals(day.toString())));
        signInAsAdmin();
        settings.open("sla.xhtml", "calendarTitle");

        settings.type("calendar:date", day.toString());
        settings.choose("dayKind", "HOLIDAY");
        settings.type("calendar:nameEn", "Test holiday");
        settings.click("calendar:saveDay");
        assertEquals("Please give the Chinese and the English name (at most 60 characters each).",
                settings.messageBeside("calendar:nameZhMessage"));
        assertTrue(adminList(year).stream().noneMatch(d -> d.getString("date").equals(day.toString())), "nothing saved");

        settings.type("calendar:nameZh", "测试假日");
        settings.click("calendar:saveDay");
        try {
            JsonObject saved = adminList(year).stream().filter(d -> d.getString("date").equals(day.toString()))
                    .findFirst().orElseThrow(() -> new AssertionError("the day is saved"));
            assertEquals("HOLIDAY", saved.getString("kind"));
            assertEquals("测试假日", saved.getString("nameZh"));
            assertTrue(settings.hasRow("day-" + day), "the year of the day is shown with it");

            settings.clickInRow("day-" + day, "remove");
            assertTrue(adminList(year).stream().noneMatch(d -> d.getString("date").equals(day.toString())), "removed");
            assertFalse(settings.hasRow("day-" + day));
        } finally {
            api().delete("api/v1/admin/working-calendar/" + day, bearer(StaffAccounts.adminToken(api())));
        }
    }

    @Test
    void anAdministratorFollowsTheAccessCodeSentToAPhoneWithoutSeeingTheCode() throws Exception {
        String phone = "1370" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        Http.Reply created = api().post("api/v1/requests", RequestsApiChecks.dispute("330502100", "吴倩", phone,
                "邻居装修噪音持续到深夜，多次协商无果。"));
        assertEquals(201, created.status(), created.body());
        String number = created.json().getString("trackingNumber");
        assertEquals(202, api().post("api/v1/requests/" + number + "/access-codes",
                "{\"phone\": \"" + phone + "\"}").status());
        String code = CitizenAccessChecks.lastCodeSentTo("+86" + phone);

        signInAsAdmin();
        settings.open("outbox.xhtml", "outboxTitle");
        settings.type("outbox:phone", "12");
        settings.click("outbox:filter");
        assertEquals("Please give a valid phone number.", settings.messageBeside("outbox:phoneMessage"));

        settings.type("outbox:phone", phone);
        settings.click("outbox:filter");
        String masked = phone.substring(0, 3) + "****" + phone.substring(7);
        List<String> phones = settings.column("outbox:table", "sms-phone");
        assertFalse(phones.isEmpty());
        assertTrue(phones.stream().allMatch(masked::equals), "only that phone's messages, masked: " + phones);
        assertEquals("access-code", settings.column("outbox:table", "sms-purpose").get(0), "the newest first");
        String text = settings.column("outbox:table", "sms-text").get(0);
        assertFalse(text.contains(code), "a code read here would open the request past the audit: " + text);
        assertTrue(text.contains("******") && text.contains(number), text);
        assertEquals(number, settings.column("outbox:table", "sms-tracking-number").get(0));
        assertFalse(settings.text("outbox:table").contains(phone.substring(3)), "the full phone is never shown");
    }

    @Test
    void aClerkIsNotLetIntoTheSettings() {
        String clerk = StaffAccounts.create(api(), "CLERK", SlaChecks.ANTI_FRAUD);
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(clerk, StaffAccounts.PASSWORD);
        assertFalse(WorkbenchSettingsPage.navigationOffersSettings(browser), "no link for a clerk");

        assertTrue(settings.open("sla.xhtml", "slaTitle").saysNotAllowed());
        assertFalse(settings.shows("policy:table"));
        assertTrue(settings.open("outbox.xhtml", "outboxTitle").saysNotAllowed());
        assertFalse(settings.shows("outbox:table"));
    }
}
