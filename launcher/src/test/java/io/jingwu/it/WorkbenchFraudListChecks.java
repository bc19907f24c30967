package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The anti-fraud list in the workbench: an anti-fraud member signs in and lands on the list, adds a phone and sees it
 * masked, is told beside the field what is wrong with a card number, imports a CSV file with a broken line (nothing
 * added, the line named) and then a good one, takes an entry off after confirming, and has one shown in full once,
 * for a purpose that is recorded. A clerk is not let in.
 *
 * <p>The list is shared by the whole run: each check finds its entries by a source of its own, and counts what its
 * own fresh member added.
 */
abstract class WorkbenchFraudListChecks extends WorkbenchBrowserArea {

    private static final String CENTRE = "HUZ-ANTIFRAUD";
    private static final String HEADER = "kind,value,source,listedOn,expiresOn\n";

    private WorkbenchFraudListPage list;

    @BeforeEach
    void openPages() {
        list = new WorkbenchFraudListPage(browser, wait, base());
    }

    private static String freshMobile() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    private static String masked(String mobile) {
        return mobile.substring(0, 3) + "****" + mobile.substring(7);
    }

    private String signedInKeeper() {
        String keeper = StaffAccounts.create(api(), "ANTI_FRAUD", CENTRE);
        signIn.open("workbench/sign-in.xhtml?lang=en");
        list.signIn(keeper, StaffAccounts.PASSWORD);
        return keeper;
    }

    private static int addedBy(String keeper) throws SQLException {
        return count("SELECT COUNT(*) FROM fraud_list_entries WHERE added_by = ?", keeper);
    }

    private static int count(String query, Object parameter) throws SQLException {
        try (Connection db = TestEnvironment.connect(); PreparedStatement select = db.prepareStatement(query)) {
            select.setObject(1, parameter);
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static Path csv(String text) throws IOException {
        Path file = Files.createTempFile("fraud-list-", ".csv");
        file.toFile().deleteOnExit();
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void anAntiFraudMemberLandsOnTheListAddsAPhoneSeenMaskedAndIsToldWhatIsWrongWithACard() throws Exception {
        String keeper = signedInKeeper();
        String mobile = freshMobile();
        String source = StaffAccounts.unique("湖州市反诈中心 案件 ");

        assertTrue(list.showsTheList() && list.url().contains("/workbench/fraud-list.xhtml"),
                "signing in leads to the list: " + list.url());
        assertTrue(list.navigationOffersTheList(), "the header links the list");

        list.add("phone", mobile.substring(0, 3) + " " + mobile.substring(3), source);

        assertTrue(list.formMessage("add").contains(masked(mobile)), list.formMessage("add"));
        assertEquals(masked(mobile), list.cell(source, "value"));
        assertEquals("In force", list.cell(source, "entry-status"));
        assertFalse(list.source().contains(mobile.substring(3)), "the full number is nowhere on the page");

        list.add("bank-card", "6222 0212", source);

        assertEquals("This is not a valid value of the kind bank-card.", list.fieldMessage("add", "value"));
        assertEquals(1, addedBy(keeper), "the phone, and no card");

        list.open("zh").add("bank-card", "6222 0212", source);
        assertEquals("这不是有效的 bank-card 类型内容。", list.fieldMessage("add", "value"));
        list.open("ru").add("bank-card", "6222 0212", source);
        assertEquals("This is not a valid value of the kind bank-card.", list.fieldMessage("add", "value"),
                "the workbench speaks English to whoever chose Russian");
    }

    @Test
    void aCsvFileWithABrokenLineAddsNothingAndSaysWhichThenAGoodOneIsCounted() throws Exception {
        String keeper = signedInKeeper();
        String first = freshMobile();
        String second = freshMobile();
        String source = StaffAccounts.unique("预警通报 ");

        list.importFile(csv(HEADER
                + "phone," + first + "," + source + ",,\n"
                + "bank-card,6222 0212," + source + ",,\n"));

        assertEquals(List.of("Line 3, Value: This is not a valid value of the kind bank-card."), list.importErrors());
        assertTrue(list.formMessage("import").startsWith("Nothing was imported"), list.formMessage("import"));
        assertEquals(0, addedBy(keeper), "nothing of a refused file is listed");
        assertTrue(list.row(source).isEmpty(), "nor shown");

        list.importFile(csv(HEADER
                + "phone," + first + "," + source + ",,\n"
                + "phone,+86 " + second + "," + source + ",,2099-12-31\n"
                + "phone," + first + "," + source + ",,\n"));

        assertEquals("Imported: 2 added, 1 on the list already.", list.formMessage("import"));
        assertEquals(List.of(), list.importErrors());
        assertEquals(2, addedBy(keeper));
        assertTrue(list.source().contains(masked(second)), "the new entries are shown, masked");
    }

    @Test
    void anEntryIsTakenOffAfterConfirmingAndAnotherIsShownInFullOnceForARecordedPurpose() throws Exception {
        String keeper = StaffAccounts.create(api(), "ANTI_FRAUD", CENTRE);
        String token = StaffAccounts.tokenOf(api(), keeper, StaffAccounts.PASSWORD);
        String kept = freshMobile();
        String keptSource = StaffAccounts.unique("银行协查 ");
        String goneSource = StaffAccounts.unique("误报 ");
        long keptId = listed(token, kept, keptSource);
        listed(token, freshMobile(), goneSource);
        signIn.open("workbench/sign-in.xhtml?lang=en");
        list.signIn(keeper, StaffAccounts.PASSWORD);

        list.takeOff(goneSource);

        assertTrue(list.formMessage("list").endsWith("is off the list."), list.formMessage("list"));
        assertTrue(list.row(goneSource).isEmpty(), "gone from the list in force");
        list.showRemoved();
        String status = list.cell(goneSource, "entry-status");
        assertTrue(status.startsWith("Taken off") && status.endsWith("by " + keeper), status);

        list.openReveal(keptSource).revealFor(" ");
        assertEquals("Please say why you need to see the full value (at most 500 characters); it is recorded.",
                list.fieldMessage("reveal", "purpose"));
        assertEquals(0, count("SELECT COUNT(*) FROM fraud_list_reads WHERE entry_id = ?", keptId),
                "nothing shown, nothing recorded");
        list.revealFor("核对银行协查函 HZ-2026-0412");

        assertEquals("+86" + kept, list.revealed(), "in full, as the list keeps it");
        assertEquals(1, count("SELECT COUNT(*) FROM fraud_list_reads WHERE entry_id = ?", keptId));
        assertEquals(1, count("SELECT COUNT(*) FROM fraud_list_reads WHERE reader = ?", keeper));
        list.closeReveal();
        assertFalse(list.showsRevealDialog());
        assertFalse(list.source().contains(kept), "the page forgets the value once closed");
        assertEquals(masked(kept), list.cell(keptSource, "value"));
    }

    @Test
    void aClerkIsAnswered403() {
        String clerk = StaffAccounts.create(api(), "CLERK", CENTRE);
        WorkbenchHttp workbench = WorkbenchHttp.signIn(base(), clerk, StaffAccounts.PASSWORD);

        Http.Reply page = workbench.get("workbench/fraud-list.xhtml");

        assertEquals(403, page.status());
        assertTrue(page.body().contains("id=\"forbidden\""), page.body());
        assertFalse(page.body().contains("fraudListTitle"));
        assertFalse(workbench.get("workbench/index.xhtml").body().contains("id=\"navFraudList\""),
                "no link for a clerk");
    }

    private long listed(String token, String mobile, String source) {
        Http.Reply added = api().post("api/v1/fraud/list", """
                {"kind": "phone", "value": "%s", "source": "%s"}""".formatted(mobile, source), bearer(token));
        assertEquals(201, added.status(), added.body());
        JsonObject entry = added.json();
        return entry.getJsonNumber("id").longValue();
    }
}
