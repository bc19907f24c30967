package io.jingwu.it;

import io.jingwu.api.requests.entity.TrackingNumber;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench applies the staff API's rule: requests are worked by clerks and supervisors. An administrator
 * bound to a unit manages it and sees its figures, but works none of its requests and reads none of its people.
 */
abstract class WorkbenchRoleChecks extends DeployedApplication {

    /** A year ahead: no SLA sweep of the run reaches these deadlines. */
    private static final LocalDateTime QUEUED_FROM = LocalDateTime.now(ZoneOffset.UTC).plusYears(1).withNano(0);

    private Http api() {
        return new Http(base());
    }

    private String freshUnit() {
        String code = "WR-" + StaffAccounts.unique("").toUpperCase().substring(0, 8);
        Http.Reply created = api().post("api/v1/admin/units", """
                {"code": "%s", "nameZh": "角色测试队", "nameEn": "Role test team", "kind": "LIVELIHOOD_TEAM",
                 "jurisdiction": ["330502"], "active": true}""".formatted(code), bearer(StaffAccounts.adminToken(api())));
        assertEquals(201, created.status(), created.body());
        return code;
    }

    @Test
    void anAdministratorBoundToAUnitWorksNoneOfItsRequestsInTheWorkbench() throws Exception {
        String unit = freshUnit();
        List<String> numbers = StaffWorkChecks.seed(unit, List.of("URGENT", "NORMAL"), QUEUED_FROM);
        String overdue = new TrackingNumber(numbers.get(0)).formatted();
        try (Connection db = TestEnvironment.connect();
             PreparedStatement late = db.prepareStatement(
                     "UPDATE requests SET accept_breached_at = queued_at WHERE tracking_number = ?")) {
            late.setString(1, numbers.get(0));
            assertEquals(1, late.executeUpdate());
        }
        WorkbenchHttp supervisor = WorkbenchHttp.signIn(base(), StaffAccounts.create(api(), "SUPERVISOR", unit),
                StaffAccounts.PASSWORD);
        assertTrue(supervisor.get("workbench/dashboard.xhtml").body().contains(overdue),
                "the unit's supervisor is shown the missed deadline");

        WorkbenchHttp admin = WorkbenchHttp.signIn(base(), StaffAccounts.create(api(), "ADMIN", unit),
                StaffAccounts.PASSWORD);

        Http.Reply queue = admin.get("workbench/queue.xhtml");
        assertEquals(403, queue.status(), "the queue is not an administrator's page");
        Http.Reply request = admin.get("workbench/request.xhtml?tn=" + overdue);
        assertEquals(403, request.status(), "nor is a request");
        Http.Reply phone = admin.get("workbench/phone.xhtml");
        assertEquals(403, phone.status(), "nor the phone entry");
        for (Http.Reply page : List.of(queue, request, phone)) {
            assertTrue(page.body().contains("id=\"forbidden\""), page.body());
            for (String number : numbers) {
                assertFalse(page.body().contains(new TrackingNumber(number).formatted()), number + " in " + page.body());
            }
            assertFalse(page.body().contains("138****0000"), "no personal data, not even masked");
        }

        Http.Reply dashboard = admin.get("workbench/dashboard.xhtml");
        assertEquals(200, dashboard.status(), "the unit's figures are an administrator's to see");
        assertFalse(dashboard.body().contains(overdue), "but not its requests to chase");
        Http.Reply home = admin.get("workbench/index.xhtml");
        assertFalse(home.body().contains("id=\"openQueue\"") || home.body().contains("id=\"navQueue\""),
                "nor a link to the queue");
    }
}
