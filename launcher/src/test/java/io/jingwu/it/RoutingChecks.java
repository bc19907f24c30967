package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Administrators change routing without a redeploy; the most specific rule wins and ties are refused. */
abstract class RoutingChecks extends DeployedApplication {

    Http api() {
        return new Http(base());
    }

    private String admin() {
        return StaffAccounts.adminToken(api());
    }

    /** A nuisance in 八里店镇 (330502101): no seeded rule names that township or category. */
    private JsonObject reportNuisance() {
        Http.Reply created = api().post("api/v1/requests", """
                {"type": "INCIDENT", "category": "nuisance", "description": "工厂夜里排放刺鼻气味，连续一周。",
                 "divisionCode": "330502101", "contactName": "杨帆", "contactPhone": "13800138030", "lang": "zh",
                 "fields": {"kind": ["other"]}}
                """, "Accept-Language", "zh");
        assertEquals(201, created.status(), created.body());
        return created.json();
    }

    @Test
    void aMoreSpecificRuleTakesOverAtOnceAndATieIsRefused() {
        String before = reportNuisance().getJsonObject("unit").getString("code");
        String unit = "IT-" + StaffAccounts.unique("").toUpperCase().substring(0, 8);
        assertEquals(201, api().post("api/v1/admin/units", """
                {"code": "%s", "nameZh": "八里店环境巡查组", "nameEn": "Balidian environment patrol", "kind": "POLICE_STATION",
                 "jurisdiction": ["330502101"], "active": true}""".formatted(unit), bearer(admin())).status());

        String rule = """
                {"requestType": "INCIDENT", "category": "nuisance", "divisionPrefix": "330502101", "unitCode": "%s"}
                """.formatted(unit);
        Http.Reply added = api().post("api/v1/admin/routing-rules", rule, bearer(admin()));
        assertEquals(201, added.status(), added.body());

        JsonObject routed = reportNuisance();
        assertEquals(unit, routed.getJsonObject("unit").getString("code"));
        assertTrue(routed.getString("routingReason").contains("八里店镇"), routed.getString("routingReason"));

        Http.Reply tie = api().post("api/v1/admin/routing-rules", rule, bearer(admin(), "Accept-Language", "en"));
        assertEquals(400, tie.status(), tie.body());
        assertTrue(tie.body().contains("rule #" + added.json().getJsonNumber("id").longValue()), tie.body());

        assertEquals(204, api().delete("api/v1/admin/routing-rules/" + added.json().getJsonNumber("id").longValue(),
                bearer(admin())).status());
        assertEquals(before, reportNuisance().getJsonObject("unit").getString("code"));
    }

    @Test
    void onlyAdministratorsChangeRouting() {
        String clerk = StaffAccounts.signedIn(api(), "CLERK", "HUZ-ZL-LIVELIHOOD");
        assertEquals(403, api().get("api/v1/admin/routing-rules", bearer(clerk)).status());
        assertEquals(401, api().get("api/v1/admin/routing-rules").status());
    }
}
