package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 回访: the citizen rates a resolved request with their citizen token. 3 to 5 closes it; 1 or 2 reopens it for a
 * supervisor of its unit, chosen by the application; a unit without one refuses the rating and keeps nothing.
 */
abstract class ReturnVisitChecks extends DeployedApplication {

    Http api() {
        return new Http(base());
    }

    /** A unit of this run only, so that who supervises it is known exactly. */
    private String freshUnit() {
        String code = "RV-" + StaffAccounts.unique("").toUpperCase().substring(0, 8);
        Http.Reply created = api().post("api/v1/admin/units", """
                {"code": "%s", "nameZh": "回访测试调解组", "nameEn": "Return visit test mediators", "kind": "MEDIATION",
                 "jurisdiction": ["330502100"], "active": true}""".formatted(code), bearer(StaffAccounts.adminToken(api())));
        assertEquals(201, created.status(), created.body());
        return code;
    }

    private record Resolved(String trackingNumber, String phone, String clerk) {
    }

    /** Submitted in Zhili, transferred to the unit, and resolved there by one of its clerks. */
    private Resolved resolvedIn(String unit) {
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String number = api().post("api/v1/requests", RequestsApiChecks.dispute("330502100", "冯小梅", phone,
                "小区物业拒不退还装修押金三千元。")).json().getString("trackingNumber");
        String zhiliClerk = StaffAccounts.signedIn(api(), "CLERK", StaffWorkChecks.ZHILI);
        moved(move(zhiliClerk, number, "transfer", "{\"unitCode\": \"" + unit + "\", \"reason\": \"物业纠纷由调解组受理\"}"),
                "SUBMITTED");
        String clerk = StaffAccounts.signedIn(api(), "CLERK", unit);
        moved(move(clerk, number, "accept", "{}"), "ACCEPTED");
        moved(move(clerk, number, "start", "{}"), "IN_PROGRESS");
        moved(move(clerk, number, "reply", "{\"text\": \"已约物业周三调解。\"}"), "RESOLVED");
        return new Resolved(number, phone, clerk);
    }

    private String citizenToken(Resolved request) throws Exception {
        assertEquals(202, api().post("api/v1/requests/" + request.trackingNumber() + "/access-codes",
                "{\"phone\": \"" + request.phone() + "\"}").status());
        Http.Reply granted = api().post("api/v1/requests/" + request.trackingNumber() + "/citizen-tokens",
                "{\"code\": \"" + CitizenAccessChecks.lastCodeSentTo("+86" + request.phone()) + "\"}");
        assertEquals(201, granted.status(), granted.body());
        return "CitizenToken " + granted.json().getString("token");
    }

    private Http.Reply rate(String trackingNumber, String token, String body, String language) {
        return api().post("api/v1/requests/" + trackingNumber + "/return-visit", body,
                "Authorization", token, "Accept-Language", language);
    }

    private Http.Reply move(String token, String trackingNumber, String move, String body) {
        return api().post("api/v1/staff/requests/" + trackingNumber + "/" + move, body, bearer(token));
    }

    private static void moved(Http.Reply reply, String status) {
        assertEquals(200, reply.status(), reply.body());
        assertEquals(status, reply.json().getString("status"), reply.body());
    }

    private JsonObject staffView(String clerk, String trackingNumber) {
        return api().get("api/v1/staff/requests/" + trackingNumber, bearer(clerk)).json();
    }

    @Test
    void aLowRatingFromTheCitizenReopensTheRequestForTheUnitsSupervisor() throws Exception {
        String unit = freshUnit();
        String supervisor = StaffAccounts.create(api(), "SUPERVISOR", unit);
        Resolved request = resolvedIn(unit);

        moved(rate(request.trackingNumber(), citizenToken(request), "{\"rating\": 2, \"comment\": \"押金还没退\"}", "zh"),
                "IN_PROGRESS");

        JsonObject view = staffView(request.clerk(), request.trackingNumber());
        assertEquals(supervisor, view.getString("assignee"), view.toString());
        JsonObject visit = view.getJsonArray("events").getJsonObject(view.getJsonArray("events").size() - 1);
        assertEquals("RETURN_VISITED", visit.getString("action"));
        assertEquals("citizen", visit.getString("actor"));
        assertEquals(2, visit.getInt("rating"));
    }

    @Test
    void aGoodRatingClosesItAndNothingMoreCanBeRated() throws Exception {
        String unit = freshUnit();
        Resolved request = resolvedIn(unit);
        String token = citizenToken(request);

        moved(rate(request.trackingNumber(), token, "{\"rating\": 5}", "zh"), "CLOSED");

        Http.Reply again = rate(request.trackingNumber(), token, "{\"rating\": 1}", "en");
        assertEquals(409, again.status(), again.body());
        assertEquals("CLOSED", staffView(request.clerk(), request.trackingNumber()).getString("status"));
    }

    @Test
    void aRatingOutOfRangeOrWithoutATokenIsRefusedInTheCitizensLanguage() throws Exception {
        Resolved request = resolvedIn(freshUnit());
        String token = citizenToken(request);

        Http.Reply tooHigh = rate(request.trackingNumber(), token, "{\"rating\": 7}", "en");
        assertEquals(400, tooHigh.status(), tooHigh.body());
        assertEquals("rating", tooHigh.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Http.Reply missing = rate(request.trackingNumber(), token, "{}", "zh");
        assertEquals(400, missing.status(), missing.body());
        assertTrue(missing.json().getString("detail").matches(".*\\p{IsHan}.*"), missing.body());

        Http.Reply anonymous = rate(request.trackingNumber(), "CitizenToken wrong", "{\"rating\": 5}", "en");
        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals("RESOLVED", staffView(request.clerk(), request.trackingNumber()).getString("status"));
    }

    @Test
    void aUnitWithoutSupervisorRefusesALowRatingAndKeepsNothing() throws Exception {
        Resolved request = resolvedIn(freshUnit());

        Http.Reply refused = rate(request.trackingNumber(), citizenToken(request), "{\"rating\": 1}", "en");

        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.json().getString("detail").contains("supervisor"), refused.body());
        JsonObject view = staffView(request.clerk(), request.trackingNumber());
        assertEquals("RESOLVED", view.getString("status"));
        assertFalse(view.toString().contains("RETURN_VISITED"), "no half-written return visit");
    }

    @Test
    void aClerkRecordingALowRatingNeedNotNameTheSupervisor() {
        String unit = freshUnit();
        String supervisor = StaffAccounts.create(api(), "SUPERVISOR", unit);
        Resolved request = resolvedIn(unit);

        moved(move(request.clerk(), request.trackingNumber(), "return-visit", "{\"rating\": 1, \"comment\": \"没人联系我\"}"),
                "IN_PROGRESS");

        assertEquals(supervisor, staffView(request.clerk(), request.trackingNumber()).getString("assignee"));
    }

    private void switchOff(String username) {
        Http.Reply changed = api().patch("api/v1/admin/users/" + username, "{\"active\": false}",
                bearer(StaffAccounts.adminToken(api())));
        assertEquals(200, changed.status(), changed.body());
    }

    private Http.Reply lowRatingFor(Resolved request, String supervisor, String language) {
        return api().post("api/v1/staff/requests/" + request.trackingNumber() + "/return-visit",
                "{\"rating\": 1, \"comment\": \"没人联系我\", \"supervisor\": \"" + supervisor + "\"}",
                bearer(request.clerk(), "Accept-Language", language));
    }

    @Test
    void theSupervisorAClerkNamesMustBeAnActiveSupervisorOfTheUnit() {
        String unit = freshUnit();
        String supervisor = StaffAccounts.create(api(), "SUPERVISOR", unit);
        String switchedOff = StaffAccounts.create(api(), "SUPERVISOR", unit);
        switchOff(switchedOff);
        String clerk = StaffAccounts.create(api(), "CLERK", unit);
        String elsewhere = StaffAccounts.create(api(), "SUPERVISOR", freshUnit());
        Resolved request = resolvedIn(unit);

        for (String named : List.of(switchedOff, clerk, elsewhere)) {
            Http.Reply refused = lowRatingFor(request, named, "en");
            assertEquals(400, refused.status(), named + ": " + refused.body());
            JsonObject error = refused.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("supervisor", error.getString("field"), refused.body());
            assertEquals("The request can only be reopened for an active supervisor of its unit.",
                    error.getString("message"), named);
        }
        Http.Reply inChinese = lowRatingFor(request, switchedOff, "zh-CN");
        assertEquals(400, inChinese.status(), inChinese.body());
        assertEquals("只能由本单位在岗的主管接手重新办理的诉求。",
                inChinese.json().getJsonArray("errors").getJsonObject(0).getString("message"));
        assertEquals("RESOLVED", staffView(request.clerk(), request.trackingNumber()).getString("status"),
                "nothing was recorded");

        moved(lowRatingFor(request, supervisor, "en"), "IN_PROGRESS");
        assertEquals(supervisor, staffView(request.clerk(), request.trackingNumber()).getString("assignee"));
    }

    @Test
    void switchingOffASupervisorHandsTheirReopenedRequestsBackToTheUnitsSupervisors() {
        String unit = freshUnit();
        String first = StaffAccounts.create(api(), "SUPERVISOR", unit);
        String second = StaffAccounts.create(api(), "SUPERVISOR", unit);
        Resolved request = resolvedIn(unit);
        moved(lowRatingFor(request, first, "en"), "IN_PROGRESS");

        switchOff(first);

        JsonObject view = staffView(request.clerk(), request.trackingNumber());
        assertEquals(second, view.getString("assignee"), "the unit's other supervisor holds it now");
        assertEquals("IN_PROGRESS", view.getString("status"));
        JsonObject handedOver = view.getJsonArray("events").getJsonObject(view.getJsonArray("events").size() - 1);
        assertEquals("HANDED_OVER", handedOver.getString("action"), view.toString());
        assertEquals(first + " → " + second, handedOver.getString("note"), handedOver.toString());
        assertEquals("admin", handedOver.getString("actor"), "the administrator who switched the account off");
        assertEquals("INTERNAL", handedOver.getString("visibility"), "for colleagues, not the citizen");

        switchOff(second);

        view = staffView(request.clerk(), request.trackingNumber());
        assertFalse(view.containsKey("assignee") && !view.isNull("assignee"),
                "no supervisor left: nobody holds it, any supervisor the unit gets may take it up: " + view);
        moved(move(request.clerk(), request.trackingNumber(), "reply", "{\"text\": \"已重新核实并退还押金。\"}"),
                "RESOLVED");
    }
}
