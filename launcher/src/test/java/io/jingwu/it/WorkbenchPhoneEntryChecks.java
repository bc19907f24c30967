package io.jingwu.it;

import io.jingwu.api.requests.entity.TrackingNumber;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench's phone entry in headless Chromium: a clerk of Zhili's livelihood team enters an unpaid-wages
 * dispute through the form the service catalogue generates, is told beside each field what is missing, and saves
 * a request of the PHONE channel with the service's answers; the caller is sent the tracking number.
 */
abstract class WorkbenchPhoneEntryChecks extends WorkbenchBrowserArea {

    private WorkbenchPhonePage page;

    @BeforeEach
    void openPages() {
        page = new WorkbenchPhonePage(browser, wait, base());
    }

    private static String randomPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    @Test
    void aClerkEntersAnUnpaidWagesDisputeTakenByPhone() {
        String clerk = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.ZHILI);
        String phone = randomPhone();
        page.signInAndOpen(clerk, "zh").service("DISPUTE", "unpaid-wages");
        assertEquals(List.of("用人单位或老板", "工作地点", "拖欠金额（元）", "拖欠月数", "涉及人数", "是否签订劳动合同"),
                page.questions().stream().map(q -> q.replace("*", "").strip()).toList(), "the catalogue's questions, in order");

        page.answer("employerName", "织里某童装加工厂").answer("amountOwed", "18,000").yesNo("hasContract", false)
                .type("phone:description", "来电称童装加工厂老板拖欠三个月工资。")
                .place("织里", "织里镇")
                .type("phone:contactName", "钱师傅").type("phone:contactPhone", phone);
        page.submit();
        assertFalse(page.saved(), "a required answer is missing");
        assertEquals("请填写这一项。", page.refusalOf("monthsOwed"));
        assertEquals("", page.refusalOf("employerName"));
        assertEquals("", page.refusalOfInput("contactPhone"));

        page.answer("monthsOwed", "3").submit();
        assertTrue(page.saved(), "saved once every rule holds");
        String number = page.trackingNumber();

        String token = StaffAccounts.tokenOf(api(), clerk, StaffAccounts.PASSWORD);
        Http.Reply stored = api().get("api/v1/staff/requests/" + number, bearer(token));
        assertEquals(200, stored.status(), stored.body());
        assertEquals("PHONE", stored.json().getString("channel"));
        assertEquals("unpaid-wages", stored.json().getString("category"));
        assertEquals(StaffWorkChecks.ZHILI, stored.json().getJsonObject("unit").getString("code"));

        Http.Reply revealed = api().post("api/v1/staff/requests/" + number + "/personal-data",
                "{\"purpose\": \"核对电话录入内容\"}", bearer(token));
        assertEquals(200, revealed.status(), revealed.body());
        JsonObject answers = Json.createReader(new StringReader(revealed.json().getString("answers"))).readObject();
        assertEquals("织里某童装加工厂", answers.getString("employerName"));
        assertEquals(0, answers.getJsonNumber("amountOwed").bigDecimalValue().compareTo(new BigDecimal("18000")));
        assertEquals(3, answers.getInt("monthsOwed"));
        assertFalse(answers.getBoolean("hasContract"));
        assertFalse(answers.containsKey("workplace"), "an empty input is no answer");

        Http.Reply outbox = api().get("api/v1/admin/sms-outbox?limit=5&phone=" + phone,
                bearer(StaffAccounts.adminToken(api())));
        assertEquals(200, outbox.status(), outbox.body());
        assertTrue(outbox.body().contains(number) && outbox.body().contains("notice.taken-by-phone"), outbox.body());

        page.openRequest();
        assertEquals(number, page.text("trackingNumber"));
    }

    @Test
    void anEnglishSpeakingClerkReadsTheQuestionsAndRefusalsInEnglish() {
        String clerk = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.ZHILI);
        page.signInAndOpen(clerk, "en").service("DISPUTE", "unpaid-wages");
        assertTrue(page.questions().stream().anyMatch(q -> q.startsWith("Amount owed (yuan)")), page.questions().toString());

        page.answer("employerName", "Zhili garment workshop").answer("amountOwed", "a lot").answer("monthsOwed", "2")
                .type("phone:description", "The caller's employer has not paid two months of wages.")
                .place("织里", "织里镇").type("phone:contactName", "Li Ming");
        page.submit();
        assertFalse(page.saved());
        assertEquals("Please enter an amount in yuan with at most two decimals, e.g. 3500 or 3500.50.",
                page.refusalOf("amountOwed"));
        assertEquals("Please give a phone number so that an officer can reach you.", page.refusalOfInput("contactPhone"));

        page.answer("amountOwed", "6400").type("phone:contactPhone", randomPhone()).submit();
        assertTrue(page.saved());
        assertTrue(TrackingNumber.parse(page.trackingNumber()).isPresent(), page.trackingNumber());
    }

    @Test
    void aSupervisorWhoIsNoClerkIsNotOfferedThePhoneEntry() {
        String supervisor = StaffAccounts.create(api(), "SUPERVISOR", StaffWorkChecks.ZHILI);
        WorkbenchSignInPage signIn = new WorkbenchSignInPage(browser, new WebDriverWait(browser, Duration.ofSeconds(20)), base());
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(supervisor, StaffAccounts.PASSWORD);
        assertTrue(browser.findElements(By.id("navPhone")).isEmpty());
    }
}
