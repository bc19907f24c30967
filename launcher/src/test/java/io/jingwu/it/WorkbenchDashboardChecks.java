package io.jingwu.it;

import jakarta.json.Json;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisor dashboard in the workbench: a supervisor of a fresh anti-fraud unit sees the escalations of that
 * unit, exports them as CSV and Excel without personal data, and dispatches an accepted one to a colleague; a clerk
 * is not let in. The overdue request is a fraud report (accept
 * within 5 minutes) moved to the fresh unit and swept just after its accept deadline.
 */
abstract class WorkbenchDashboardChecks extends WorkbenchBrowserArea {

    private static final String NAME = "韩雪梅";

    private SupervisorDashboardPage dashboard;

    @BeforeEach
    void openPages() {
        dashboard = new SupervisorDashboardPage(browser, wait, base());
    }

    private String freshUnit() {
        return freshUnit("看板测试反诈组", "Dashboard test anti-fraud");
    }

    private String freshUnit(String nameZh, String nameEn) {
        String code = "DB-" + StaffAccounts.unique("").toUpperCase().substring(0, 8);
        Http.Reply created = api().post("api/v1/admin/units", Json.createObjectBuilder().add("code", code)
                .add("nameZh", nameZh).add("nameEn", nameEn).add("kind", "ANTI_FRAUD_CENTRE")
                .add("jurisdiction", Json.createArrayBuilder().add("330109")).add("active", true).build().toString(),
                bearer(StaffAccounts.adminToken(api())));
        assertEquals(201, created.status(), created.body());
        return code;
    }

    /** A fraud report moved into the unit and swept one second after its accept deadline. */
    private String overdueIn(String unit, String phone) throws Exception {
        String number = movedInto(unit, phone);
        sweep(unit, acceptDueAt(number).plusSeconds(1));
        return number;
    }

    /** The unit's requests only: the sweep of no other check, nor of this one, reaches another unit's. */
    private void sweep(String unit, Instant at) {
        Http.Reply swept = api().post("api/test-support/sla-sweeps",
                "{\"at\": \"" + at + "\", \"unitCode\": \"" + unit + "\"}");
        assertEquals(200, swept.status(), swept.body());
    }

    /** A fraud report moved into the unit by the anti-fraud centre. */
    private String movedInto(String unit, String phone) {
        Http.Reply created = api().post("api/v1/requests", """
                {"type": "FRAUD_REPORT", "description": "自称公检法的人要求我把存款转到安全账户。",
                 "divisionCode": "330109", "contactName": "%s", "contactPhone": "%s", "lang": "zh"}
                """.formatted(NAME, phone));
        assertEquals(201, created.status(), created.body());
        String number = created.json().getString("trackingNumber");
        String antiFraudClerk = StaffAccounts.signedIn(api(), "CLERK", SlaChecks.ANTI_FRAUD);
        Http.Reply moved = api().post("api/v1/staff/requests/" + number + "/transfer",
                "{\"unitCode\": \"" + unit + "\", \"reason\": \"由专班接手\"}", bearer(antiFraudClerk));
        assertEquals(200, moved.status(), moved.body());
        return number;
    }

    private static Instant acceptDueAt(String trackingNumber) throws Exception {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT accept_due_at FROM requests WHERE tracking_number = ?")) {
            read.setString(1, trackingNumber.replace("-", ""));
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), trackingNumber);
                return row.getTimestamp(1).toLocalDateTime().toInstant(ZoneOffset.UTC);
            }
        }
    }

    @Test
    void aSupervisorSeesTheirUnitsEscalationsAndExportsThemWithoutPersonalData() throws Exception {
        String unit = freshUnit();
        String phone = "1391" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
        String number = overdueIn(unit, phone);
        String supervisor = StaffAccounts.create(api(), "SUPERVISOR", unit);

        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(supervisor, StaffAccounts.PASSWORD);
        assertTrue(SupervisorDashboardPage.navigationOffersDashboard(browser), "the header links the dashboard");
        dashboard.open();

        assertTrue(dashboard.showsDashboard());
        assertEquals(List.of(number), dashboard.escalations(), "the unit's one overdue request, only");
        dashboard.waitForChart("perDayChart");
        dashboard.waitForChart("slaChart");
        dashboard.waitForChart("categoriesChart");

        String csv = dashboard.exportedCsv();
        assertTrue(csv.contains(number), csv);
        assertTrue(csv.contains(unit), csv);
        assertTrue(csv.contains("Fraud report"), csv);
        assertFalse(csv.contains(NAME), csv);
        assertFalse(csv.contains(phone.substring(3)), csv);
        assertFalse(csv.contains("<html"), "the export is the file, not a page: " + csv);

        SupervisorDashboardPage.Download excel = dashboard.exportedExcel();
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", excel.contentType());
        assertTrue(excel.disposition().contains("escalations.xlsx"), excel.disposition());
        List<List<String>> sheet = excelRows(excel.body());
        assertEquals(List.of("Tracking number", "Unit", "Type", "Category", "Status", "Missed stage", "Deadline"),
                sheet.get(0), "the table's column headers, not the reassign button's column");
        assertEquals(2, sheet.size(), "the header and the one escalation: " + sheet);
        List<String> row = sheet.get(1);
        assertEquals(number, row.get(0));
        assertEquals(unit, row.get(1));
        assertEquals("Fraud report", row.get(2));
        assertEquals("Accept", row.get(5));
        assertEquals(dashboard.rowTexts(number), row, "the row as the table shows it");
        assertFalse(sheet.toString().contains(NAME), sheet.toString());
        assertFalse(sheet.toString().contains(phone.substring(3)), sheet.toString());
        assertFalse(dashboard.offersReassign(number), "a request still waiting to be accepted is not dispatched");
    }

    /**
     * A unit's name is an administrator's free text: on the dashboard a name that looks like markup is a label of the
     * charts as written, and nothing of it runs.
     */
    @Test
    void aUnitNamedLikeAScriptIsAChartLabelAndNothingOfItRuns() {
        String name = "</script><script>window.pwned=1</script>";
        String unit = freshUnit(name, name);
        movedInto(unit, "1391" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000)));
        String supervisor = StaffAccounts.create(api(), "SUPERVISOR", unit);

        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(supervisor, StaffAccounts.PASSWORD);
        dashboard.open();

        assertFalse(dashboard.scriptSet("pwned"), "the name's script never ran");
        assertTrue(dashboard.waitForChart("slaChart").contains(name), "the label as the administrator wrote it");
        assertTrue(dashboard.waitForChart("ratesChart").contains(name));
    }

    @Test
    void aSupervisorDispatchesAnOverdueAcceptedRequestToAColleague() throws Exception {
        String unit = freshUnit();
        String number = overdueIn(unit, "13912345678");
        String clerk = StaffAccounts.create(api(), "CLERK", unit);
        String colleague = StaffAccounts.create(api(), "CLERK", unit);
        String supervisor = StaffAccounts.create(api(), "SUPERVISOR", unit);
        String clerkToken = StaffAccounts.tokenOf(api(), clerk, StaffAccounts.PASSWORD);
        Http.Reply accepted = api().post("api/v1/staff/requests/" + number + "/accept", "{}", bearer(clerkToken));
        assertEquals(200, accepted.status(), accepted.body());
        resolveDeadlinePassed(unit, number);

        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(supervisor, StaffAccounts.PASSWORD);
        dashboard.open();
        assertTrue(dashboard.offersReassign(number), "an accepted request past its deadline");
        String said = dashboard.reassign(number, colleague);
        assertTrue(said.contains(number) && said.contains(colleague), said);

        Http.Reply shown = api().get("api/v1/staff/requests/" + number, bearer(clerkToken));
        assertEquals(colleague, shown.json().getString("handler"), shown.body());
    }

    /** As if the accepted request had waited an hour past its resolve deadline, then the sweep came by. */
    private void resolveDeadlinePassed(String unit, String number) throws Exception {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement move = db.prepareStatement(
                     "UPDATE requests SET resolve_warn_at = ?, resolve_due_at = ? WHERE tracking_number = ?")) {
            move.setTimestamp(1, Timestamp.valueOf(
                    LocalDateTime.ofInstant(Instant.now().minusSeconds(7200), ZoneOffset.UTC)));
            move.setTimestamp(2, Timestamp.valueOf(
                    LocalDateTime.ofInstant(Instant.now().minusSeconds(3600), ZoneOffset.UTC)));
            move.setString(3, number.replace("-", ""));
            assertEquals(1, move.executeUpdate());
        }
        sweep(unit, Instant.now());
    }

    /** The rows of the workbook's first sheet, each cell as a spreadsheet program shows it. */
    private static List<List<String>> excelRows(byte[] workbook) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            DataFormatter format = new DataFormatter();
            List<List<String>> rows = new ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell));
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    @Test
    void aClerkIsNotLetIntoTheDashboard() {
        String unit = freshUnit();
        String clerk = StaffAccounts.create(api(), "CLERK", unit);

        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(clerk, StaffAccounts.PASSWORD);
        assertFalse(SupervisorDashboardPage.navigationOffersDashboard(browser), "no link for a clerk");
        dashboard.open();

        assertTrue(dashboard.saysNotAllowed());
        assertFalse(dashboard.hasEscalationsTable());
        assertFalse(dashboard.showsDashboard());
    }
}
