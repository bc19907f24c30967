package io.jingwu.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.jingwu.it.WorkbenchServicesPage.EN;
import static io.jingwu.it.WorkbenchServicesPage.ZH;
import static io.jingwu.it.WorkbenchServicesPage.fieldInput;
import static io.jingwu.it.WorkbenchServicesPage.fieldText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The service catalogue editor: an administrator adds a service with two questions, is told exactly what is missing
 * (and nothing is stored meanwhile), saves it, and the citizen's form asks its questions at once; withdrawn, it is
 * offered no more. The service's category is random, so that no other area's requests meet it.
 */
abstract class WorkbenchCatalogueChecks extends WorkbenchBrowserArea {

    @Test
    void anAdministratorAddsAServiceThatTheCitizensFormAsksAtOnce() {
        String category = StaffAccounts.unique("parking-");
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn("admin", TestEnvironment.adminPassword());
        WorkbenchServicesPage services = new WorkbenchServicesPage(browser, wait, base()).open().startNew();

        services.select("editor:type", "DISPUTE").type("editor:category", category)
                .type("editor:position", "900")
                .select("editor:kinds:0:kind", "LIVELIHOOD_TEAM")
                .texts(ZH, "车位纠纷", "小区车位被占用、车位租售等纠纷。")
                .texts(EN, "Parking space", "A parking space taken or disputed.")
                .addField()
                .type(fieldInput(0, "code"), "plateNumber").tick(fieldInput(0, "required"))
                .type(fieldText(0, ZH, "label"), "对方车牌号").type(fieldText(0, EN, "label"), "The other car's plate")
                .type(fieldInput(0, "maxLength"), "12")
                .addField()
                .dataType(1, "CHOICE")
                .type(fieldInput(1, "code"), "spaceKind")
                .type(fieldText(1, ZH, "label"), "车位性质")
                .type(fieldInput(1, "choices"), "owned | 产权车位 | Owned\nrented | 租赁车位 | Rented");
        services.save();

        List<String> refusals = services.refusals();
        assertEquals(1, refusals.size(), refusals.toString());
        assertTrue(refusals.get(0).startsWith("Question 2 (spaceKind)"), refusals.get(0));
        assertEquals(404, api().get("api/v1/services/DISPUTE/" + category).status(), "nothing is stored on a refusal");

        services.type(fieldText(1, EN, "label"), "Kind of space").save();
        assertTrue(services.message().contains("DISPUTE/" + category), services.message());

        Http.Reply published = api().get("api/v1/services/DISPUTE/" + category + "?lang=en");
        assertEquals(200, published.status());
        JsonArray fields = published.json().getJsonArray("fields");
        assertEquals(List.of("plateNumber", "spaceKind"),
                fields.getValuesAs(JsonObject.class).stream().map(f -> f.getString("code")).toList());
        assertEquals("Rented", fields.getJsonObject(1).getJsonArray("choices").getJsonObject(1).getString("label"));

        ReportPage report = ReportPage.open(browser, wait, base(), "en").service("DISPUTE", category);
        List<String> questions = report.questions();
        assertEquals(List.of("The other car's plate", "Kind of space"),
                questions.stream().map(q -> q.replace("*", "").strip()).toList());
        assertTrue(questions.get(0).endsWith("*") && !questions.get(1).endsWith("*"), "only the first is required");

        services.open().edit("DISPUTE", category).untick("editor:active").save();
        assertEquals(404, api().get("api/v1/services/DISPUTE/" + category).status(), "withdrawn");
    }
}
