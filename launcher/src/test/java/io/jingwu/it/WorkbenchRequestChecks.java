package io.jingwu.it;

import io.jingwu.api.requests.entity.TrackingNumber;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The workbench's request page in headless Chromium: a clerk takes a dispute round the whole closed loop in the
 * browser, transfers one, reveals a phone number (recorded for the citizen to read), and never opens another
 * unit's request.
 */
abstract class WorkbenchRequestChecks extends WorkbenchBrowserArea {

    private WorkbenchRequestPage page;

    @BeforeEach
    void openPages() {
        page = new WorkbenchRequestPage(browser, wait, base());
    }

    private record Submitted(String trackingNumber, String phone) {
    }

    private Submitted disputeInZhili(String name, String description) {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        Http.Reply created = api().post("api/v1/requests", RequestsApiChecks.dispute("330502100", name, phone, description));
        assertEquals(201, created.status(), created.body());
        return new Submitted(created.json().getString("trackingNumber"), phone);
    }

    private String citizenToken(Submitted request) throws Exception {
        assertEquals(202, api().post("api/v1/requests/" + request.trackingNumber() + "/access-codes",
                "{\"phone\": \"" + request.phone() + "\"}").status());
        Http.Reply granted = api().post("api/v1/requests/" + request.trackingNumber() + "/citizen-tokens",
                "{\"code\": \"" + CitizenAccessChecks.lastCodeSentTo("+86" + request.phone()) + "\"}");
        assertEquals(201, granted.status(), granted.body());
        return "CitizenToken " + granted.json().getString("token");
    }

    /** The timeline without the SLA's own warnings, which depend on how long the run takes. */
    private List<String> loopSteps() {
        return page.timelineActions().stream().filter(action -> !action.startsWith("SLA_")).toList();
    }

    @Test
    void aClerkTakesADisputeRoundTheWholeLoopInTheBrowser() throws Exception {
        Submitted request = disputeInZhili("沈建国", "服装厂老板拖欠我两个月工资共一万二千元。");
        String clerk = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.ZHILI);
        page.signIn(clerk).open(request.trackingNumber());

        assertEquals(request.trackingNumber(), page.text("trackingNumber"));
        assertEquals("SUBMITTED", page.status());
        assertTrue(page.text("unit").contains("Zhili"), page.text("unit"));
        assertFalse(page.text("routingReason").isBlank());
        assertTrue(page.text("sla").contains("Accept by"), page.text("sla"));
        assertEquals("服装厂老板拖欠我两个月工资共一万二千元。", page.text("description"));
        assertEquals("沈*国", page.text("contactName"), "masked until revealed");
        assertEquals(Set.of("accept", "merge", "note", "priority", "reject", "transfer"), page.offeredMoves());

        page.pressNextStep();
        assertEquals("ACCEPTED", page.status(), "Alt+N makes the main move of a new request: accepting it");
        assertEquals(Set.of("dispatch", "merge", "note", "priority", "reject", "start", "transfer"), page.offeredMoves());

        page.type("dispatch:handler", "民生服务队调解组").submit("dispatch");
        assertEquals("DISPATCHED", page.status());
        assertEquals(clerk + " / 民生服务队调解组", page.text("handledBy"));
        assertEquals(Set.of("note", "priority", "start", "transfer"), page.offeredMoves());

        page.submit("start");
        assertEquals("IN_PROGRESS", page.status());
        assertEquals(Set.of("note", "priority", "question", "reply", "transfer"), page.offeredMoves());

        page.type("note:text", "已联系劳动监察大队核实。").submit("note");
        assertEquals("IN_PROGRESS", page.status());

        page.type("question:text", "请问您是否签过劳动合同？").submit("question");
        assertEquals("AWAITING_CITIZEN", page.status());
        assertEquals(Set.of("note", "priority"), page.offeredMoves(), "nothing of the loop while the citizen is asked");

        Http.Reply answered = api().post("api/v1/requests/" + request.trackingNumber() + "/answers",
                "{\"text\": \"签过，合同在我这里。\"}", "Authorization", citizenToken(request));
        assertEquals(200, answered.status(), answered.body());
        page.open(request.trackingNumber());
        assertEquals("IN_PROGRESS", page.status());

        page.submit("reply");
        assertEquals("IN_PROGRESS", page.status(), "a reply without text is refused and changes nothing");
        assertTrue(page.messageOf("reply").contains("Please write the reply the citizen will read."),
                page.messageOf("reply"));

        page.type("reply:text", "已责令老板本周五前结清工资。").submit("reply");
        assertEquals("RESOLVED", page.status());
        assertEquals(Set.of("followUp", "note", "priority", "returnVisit"), page.offeredMoves());

        page.type("followUp:note", "电话确认已收到工资。").submit("followUp");
        assertEquals("FOLLOWED_UP", page.status());
        assertEquals(Set.of("note", "priority", "returnVisit"), page.offeredMoves());

        page.choose("returnVisit:rating", "5").type("returnVisit:comment", "处理及时").submit("returnVisit");
        assertEquals("CLOSED", page.status());
        assertEquals(Set.of("note"), page.offeredMoves(), "a closed request takes internal notes only");

        assertEquals(List.of("SUBMITTED", "ACCEPTED", "DISPATCHED", "HANDLING_STARTED", "NOTE_ADDED", "CITIZEN_ASKED",
                "CITIZEN_ANSWERED", "REPLIED", "FOLLOWED_UP", "RETURN_VISITED"), loopSteps());
        String timeline = page.timeline();
        for (String said : List.of("已联系劳动监察大队核实。", "请问您是否签过劳动合同？", "签过，合同在我这里。",
                "已责令老板本周五前结清工资。", "电话确认已收到工资。", "Rating 5/5", "internal", clerk)) {
            assertTrue(timeline.contains(said), said + " in " + timeline);
        }
    }

    @Test
    void aTransferredRequestLeavesTheClerkAndReachesTheNewUnitWithItsReason() {
        Submitted request = disputeInZhili("钱玉兰", "邻居在公共楼道堆放杂物，多次协商无果。");
        String zhili = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.ZHILI);
        String cangnan = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.CANGNAN);
        page.signIn(zhili).open(request.trackingNumber());

        page.type("transfer:reason", "楼道纠纷由乡贤调解团调解").submit("transfer");
        assertEquals("SUBMITTED", page.status(), "no unit chosen: nothing moved");
        assertTrue(page.messageOf("transfer").contains("no active unit"), page.messageOf("transfer"));

        page.choose("transfer:unit", "(" + StaffWorkChecks.CANGNAN + ")").type("transfer:reason", "楼道纠纷由乡贤调解团调解")
                .submit("transfer");
        assertTrue(page.text("transferred").contains("Cangnan village elders"), page.text("transferred"));
        assertFalse(page.shows("trackingNumber"), "the request is no longer the clerk's to see");
        page.open(request.trackingNumber());
        assertTrue(page.shows("notFound"));

        page.signOut();
        page.signIn(cangnan).open(request.trackingNumber());
        assertEquals("SUBMITTED", page.status());
        assertTrue(page.text("unit").contains("Cangnan village elders"), page.text("unit"));
        assertEquals("TRANSFERRED", loopSteps().get(loopSteps().size() - 1), page.timeline());
        assertTrue(page.timeline().contains("楼道纠纷由乡贤调解团调解"), page.timeline());
        assertTrue(page.offeredMoves().contains("accept"), "the new unit's clerk can accept it");
    }

    @Test
    void revealingThePhoneIsRecordedWithItsPurposeForTheCitizen() throws Exception {
        Submitted request = disputeInZhili("孙立新", "楼下烧烤店油烟直排进我家。");
        String clerk = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.ZHILI);
        page.signIn(clerk).open(request.trackingNumber());
        String masked = request.phone().substring(0, 3) + "****" + request.phone().substring(7);
        assertEquals(masked, page.text("contactPhone"));

        page.reveal(" ");
        assertTrue(page.messageOf("reveal").contains("Say why"), page.messageOf("reveal"));
        assertEquals(masked, page.text("contactPhone"), "no purpose, nothing revealed");

        page.reveal("回电核实油烟情况");
        assertEquals("+86" + request.phone(), page.text("contactPhone"));
        assertEquals("孙立新", page.text("contactName"));

        Http.Reply reads = api().get("api/v1/requests/" + request.trackingNumber() + "/personal-data-reads",
                "Authorization", citizenToken(request));
        assertEquals(200, reads.status(), reads.body());
        JsonArray entries = Json.createReader(new StringReader(reads.body())).readArray();
        assertEquals(1, entries.size(), reads.body());
        JsonObject entry = entries.getJsonObject(0);
        assertEquals("CLERK", entry.getString("readerRole"));
        assertEquals("织里民生服务队", entry.getString("readerUnit"));
        assertFalse(reads.body().contains(clerk), "the citizen learns the role and the unit, not the user name");
        assertEquals("回电核实油烟情况", entry.getString("purpose"));
    }

    @Test
    void anotherUnitsRequestLooksExactlyLikeAnUnknownNumber() {
        Submitted request = disputeInZhili("周海燕", "小区门口夜市摊位噪音扰民到凌晨。");
        String cangnan = StaffAccounts.create(api(), "CLERK", StaffWorkChecks.CANGNAN);
        String unknown = TrackingNumber.random(new SecureRandom()).formatted();
        page.signIn(cangnan);

        page.open(unknown);
        assertTrue(page.shows("notFound"));
        String unknownContent = page.content();

        page.open(request.trackingNumber());
        assertTrue(page.shows("notFound"));
        assertEquals(unknownContent, page.content(), "another unit's request is not told apart from no request");
        String source = page.source();
        for (String personal : List.of("周海燕", "周*", request.phone().substring(7), "夜市摊位")) {
            assertFalse(source.contains(personal), personal + " in the page");
        }
        for (String target : List.of(unknown, request.trackingNumber())) {
            Http.Reply reply = api().get("workbench/request.xhtml?tn=" + target, "Cookie", "JSESSIONID=" + page.sessionCookie());
            assertEquals(404, reply.status(), target);
        }
    }
}
