package io.jingwu.it;

import io.jingwu.api.requests.entity.TrackingNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** "My queue" in the workbench, in headless Chromium: a clerk's own units only, urgent first, paged, claimed by key. */
abstract class WorkbenchQueueChecks extends WorkbenchBrowserArea {

    /** A year ahead: no SLA sweep of the run reaches these deadlines. */
    private static final LocalDateTime QUEUED_FROM = LocalDateTime.now(ZoneOffset.UTC).plusYears(1).withNano(0);

    private WorkbenchQueuePage queue;

    @BeforeEach
    void openPages() {
        queue = new WorkbenchQueuePage(browser, wait);
    }

    @Test
    void aClerkSeesTheirUnitsQueueUrgentFirstFiltersPagesAndClaimsByKey() throws Exception {
        String unit = freshUnit();
        List<String> normal = formatted(StaffWorkChecks.seed(unit, Collections.nCopies(22, "NORMAL"), QUEUED_FROM));
        List<String> urgent = formatted(StaffWorkChecks.seed(unit, Collections.nCopies(3, "URGENT"), QUEUED_FROM.plusHours(1)));
        Set<String> all = new HashSet<>(normal);
        all.addAll(urgent);
        signInAs(StaffAccounts.create(new Http(base()), "CLERK", unit));

        queue.openFromHome();
        assertTrue(queue.headerLinksHere(), "the header links to the queue");
        assertTrue(queue.claimTitle().contains("N"), "the button announces its shortcut: " + queue.claimTitle());
        List<String> firstPage = queue.trackingNumbers();
        assertEquals(20, firstPage.size(), firstPage.toString());
        assertTrue(all.containsAll(firstPage), "only the unit's requests: " + firstPage);
        assertEquals(urgent, firstPage.subList(0, 3), "urgent first, in the order they are to be claimed");
        assertEquals(List.of("Urgent", "Urgent", "Urgent", "Normal"), queue.priorities().subList(0, 4));
        assertTrue(queue.rowCountdowns().stream().allMatch(c -> c.contains("sla-ON_TIME")), queue.rowCountdowns().toString());

        queue.nextPage(rows -> rows.size() == 5);
        assertEquals("2", queue.currentPage());
        List<String> bothPages = new ArrayList<>(firstPage);
        bothPages.addAll(queue.trackingNumbers());
        assertEquals(all, new HashSet<>(bothPages), "the two pages hold the 25 requests, each once");
        queue.previousPage(rows -> rows.equals(firstPage));

        queue.filterByPriority("URGENT", rows -> rows.size() == 3);
        assertEquals(urgent, queue.trackingNumbers());
        assertEquals("Urgent", queue.priorityFilterLabel());
        queue.filterByPriority("", rows -> rows.size() == 20);

        queue.pressClaimShortcut();
        String address = queue.awaitClaimedAddress();
        assertTrue(address.endsWith("/workbench/request.xhtml?tn=" + urgent.get(0)), address);
        String colleague = StaffAccounts.signedIn(api(), "CLERK", unit);
        assertEquals("ACCEPTED", api().get("api/v1/staff/requests/" + urgent.get(0), bearer(colleague)).json()
                .getString("status"), "the shortcut claimed it");
    }

    @Test
    void newUrgentRequestsAreAnnouncedWithoutLosingTheClerksPlace() throws Exception {
        String unit = freshUnit();
        StaffWorkChecks.seed(unit, Collections.nCopies(25, "NORMAL"), QUEUED_FROM);
        signInAs(StaffAccounts.create(new Http(base()), "CLERK", unit));
        queue.openFromHome();
        queue.nextPage(rows -> rows.size() == 5);

        StaffWorkChecks.seed(unit, List.of("URGENT", "URGENT"), QUEUED_FROM.plusDays(1));

        String banner = queue.awaitNewUrgentBanner();
        assertTrue(banner.contains("2 new urgent requests"), banner);
        assertEquals("2", queue.currentPage(), "the refresh keeps the page the clerk is on");
        assertEquals(7, queue.trackingNumbers().size(), "and shows that page of the refreshed queue");
    }

    @Test
    void anEmptyQueueSaysSoAndAnotherUnitsRequestsStayOut() throws Exception {
        String unit = freshUnit();
        Set<String> theirs = new HashSet<>(formatted(StaffWorkChecks.seed(unit, List.of("URGENT", "NORMAL"), QUEUED_FROM)));
        signInAs(StaffAccounts.create(new Http(base()), "CLERK", freshUnit()));

        queue.openFromHome();
        assertTrue(queue.isEmpty(), "another unit's clerk sees none of them: " + queue.trackingNumbers());
        assertTrue(Collections.disjoint(theirs, queue.trackingNumbers()));

        queue.pressClaimShortcut();
        assertEquals("Nothing to claim: no request is waiting in your units' queues.", queue.message());
    }

    private void signInAs(String clerk) {
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(clerk, StaffAccounts.PASSWORD);
    }

    private String freshUnit() {
        String code = "WQ-" + StaffAccounts.unique("").toUpperCase().substring(0, 8);
        Http.Reply created = api().post("api/v1/admin/units", """
                {"code": "%s", "nameZh": "待办测试队", "nameEn": "Queue page test team", "kind": "LIVELIHOOD_TEAM",
                 "jurisdiction": ["330502"], "active": true}""".formatted(code), bearer(StaffAccounts.adminToken(api())));
        assertEquals(201, created.status(), created.body());
        return code;
    }

    private static List<String> formatted(List<String> numbers) {
        return numbers.stream().map(number -> new TrackingNumber(number).formatted()).toList();
    }

    @Test
    void aBankAlarmStandsAboveTheStationsQueueUntilAnOfficerIsOnTheWay() {
        Http api = new Http(base());
        String key = api.post("api/v1/admin/institutions", "{\"name\": \"湖州银行 " + StaffAccounts.unique("")
                + "\", \"kind\": \"BANK\"}", bearer(StaffAccounts.adminToken(api))).json().getString("apiKey");
        String branch = "织里东支行 " + StaffAccounts.unique("");
        Http.Reply raised = api.post(FraudAlertChecks.ALERTS, """
                {"branchName": "%s", "divisionCode": "330502100", "branchAddress": "织里镇栋梁路 9 号",
                 "customerIntent": "汇款给网友投资", "amount": 80000, "tellerPhone": "0572-3019999"}""".formatted(branch),
                "X-Api-Key", key, "Idempotency-Key", java.util.UUID.randomUUID().toString());
        assertEquals(201, raised.status(), raised.body());
        String clerk = StaffAccounts.create(api, "CLERK", "HUZ-ZL-ZHINAN-PS");
        signInAs(clerk);

        queue.openFromHome();
        assertTrue(queue.bankAlerts().stream().anyMatch(text -> text.contains(branch) && text.contains("织里镇栋梁路 9 号")),
                queue.bankAlerts().toString());
        queue.acknowledgeBankAlert(branch);

        String colleague = StaffAccounts.signedIn(api, "CLERK", "HUZ-ZL-ZHINAN-PS");
        jakarta.json.JsonObject alert = api.get(FraudAlertChecks.STATION_ALERTS, bearer(colleague)).jsonArray()
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(each -> each.getString("branch").equals(branch)).findFirst().orElseThrow();
        assertEquals(clerk, alert.getString("acknowledgedBy"));
    }
}
