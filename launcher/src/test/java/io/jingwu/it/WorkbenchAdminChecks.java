package io.jingwu.it;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The administrators' pages of the workbench: the administrator creates a unit, a clerk bound to it (renamed and
 * given a new password, with which they then sign in) and a routing rule for it, and the test-routing form sends a sample request there, saying why. A rule
 * that ties with another and a malformed sample are refused with their reasons; a clerk is not let in. The
 * administrator also adds a relying institution, copies its key from the one dialog that shows it, changes its
 * allowance, gives it a new key and revokes it.
 *
 * <p>The rule names a random category, so that no request of another area is routed by it.
 */
abstract class WorkbenchAdminChecks extends WorkbenchBrowserArea {

    /** 八里店镇, 湖州市南浔区 */
    private static final String TOWNSHIP = "330502101";

    private static final String NEW_PASSWORD = "Lantern-Orchard-83-ferry";

    private WorkbenchAdminPage admin;

    @BeforeEach
    void openPages() {
        admin = new WorkbenchAdminPage(browser, wait, base());
    }

    private void signInAsAdministrator() {
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn("admin", TestEnvironment.adminPassword());
        assertTrue(WorkbenchAdminPage.navigationOffersAdministration(browser), "the header links the administration");
    }

    @Test
    void anAdministratorSetsUpAUnitItsClerkAndARuleThatRoutesThere() {
        String unit = "ADM-" + StaffAccounts.unique("").toUpperCase().substring(0, 8);
        String clerk = StaffAccounts.unique("adm");
        String category = StaffAccounts.unique("trial-");
        signInAsAdministrator();

        admin.open("units").type("create:code", unit).type("create:nameZh", "管理页测试所")
                .type("create:nameEn", "Admin page test station").choose("unitKind", "POLICE_STATION")
                .type("create:jurisdiction", TOWNSHIP).submit("create");
        assertTrue(admin.formMessage("create").contains(unit), admin.formMessage("create"));

        admin.open("users").type("create:username", clerk).type("create:displayName", "测试民警")
                .type("create:password", StaffAccounts.PASSWORD).tickRole("CLERK")
                .type("create:unitCodes", unit).submit("create");
        assertTrue(admin.formMessage("create").contains(clerk), admin.formMessage("create"));
        admin.open("users").filterUsers(clerk).openChangeDialog().type("edit:displayName", "Wang Wei").submit("edit");
        assertTrue(admin.formMessage("edit").contains(clerk), admin.formMessage("edit"));
        admin.type("reset:password", "short").submit("reset");
        assertTrue(admin.fieldMessage("reset", "password").contains("characters"), admin.fieldMessage("reset", "password"));
        admin.type("reset:password", NEW_PASSWORD).submit("reset");
        assertTrue(admin.formMessage("reset").contains(clerk), admin.formMessage("reset"));

        admin.open("routing").choose("ruleType", "INCIDENT").type("add:category", category)
                .type("add:divisionPrefix", TOWNSHIP).choose("ruleUnit", unit).submit("add");
        assertTrue(admin.formMessage("add").contains(unit), admin.formMessage("add"));

        admin.choose("trialType", "INCIDENT").type("trial:trialCategory", category)
                .type("trial:trialDivision", TOWNSHIP).submit("trial");
        assertTrue(admin.text("trial:trialUnit").startsWith(unit), admin.text("trial:trialUnit"));
        String reason = admin.text("trial:trialReason");
        assertTrue(reason.contains("Admin page test station") && reason.contains("non-emergency incident"), reason);

        signIn.signOut();
        signIn.signIn(clerk, NEW_PASSWORD);
        assertTrue(signIn.welcome().contains("Wang Wei"), signIn.welcome());
        assertTrue(signIn.units().contains(unit), "the new clerk serves the new unit: " + signIn.units());
    }

    @Test
    void aTieAndAMalformedSampleAreRefusedWithTheirReasons() {
        String category = StaffAccounts.unique("tie-");
        signInAsAdministrator();
        admin.open("routing");
        String unit = SlaChecks.ANTI_FRAUD;

        admin.choose("ruleType", "DISPUTE").type("add:category", category).type("add:divisionPrefix", TOWNSHIP)
                .choose("ruleUnit", unit).submit("add");
        assertTrue(admin.formMessage("add").contains(unit), admin.formMessage("add"));
        admin.choose("ruleType", "DISPUTE").type("add:category", category).type("add:divisionPrefix", TOWNSHIP)
                .choose("ruleUnit", unit).submit("add");
        assertTrue(admin.formMessage("add").contains("neither would win"), admin.formMessage("add"));

        admin.type("add:divisionPrefix", "123").submit("add");
        assertTrue(admin.fieldMessage("add", "divisionPrefix").contains("not a division code prefix"),
                admin.fieldMessage("add", "divisionPrefix"));

        admin.choose("trialType", "DISPUTE").type("trial:trialDivision", "12").submit("trial");
        assertEquals("A division code has 6 or 9 digits.", admin.fieldMessage("trial", "trialDivision"));
        assertFalse(admin.showsTitle("trial:trialReason"), "no routing is shown for a malformed sample");
    }

    @Test
    void anAdministratorAddsAnInstitutionSeesItsKeyOnceChangesItAndRevokesIt() {
        String name = "Browser Bank " + StaffAccounts.unique("");
        Http api = api();
        signInAsAdministrator();
        admin.open("institutions");

        admin.type("create:name", " ").type("create:checksPerMinute", "0").submit("create");
        assertEquals("Please give the institution's name.", admin.fieldMessage("create", "name"));
        assertEquals("The checks per minute must be a whole number from 1 to 10000.",
                admin.fieldMessage("create", "checksPerMinute"));
        assertFalse(admin.showsKeyDialog(), "no key for a refused institution");

        admin.type("create:name", name).choose("institutionKind", "BANK").type("create:contact", "IT desk 0572-3012345")
                .type("create:checksPerMinute", "5").submit("create");
        String key = admin.issuedKey();
        assertTrue(key.matches("jw_[a-z2-9]{8}_[A-Za-z0-9_-]{43}"), key);
        assertTrue(admin.text("keyWarning").contains("shown only this once"), admin.text("keyWarning"));
        assertTrue(admin.formMessage("create").contains(name), admin.formMessage("create"));
        Http.Reply me = api.get("api/v1/institutions/me", "X-Api-Key", key);
        assertEquals(200, me.status(), me.body());
        assertEquals(name, me.json().getString("name"));

        admin.keyCopied();
        assertFalse(browser.getPageSource().contains(key), "the page forgets the key once it is copied");
        admin.open("institutions");
        assertFalse(browser.getPageSource().contains(key), "and never shows it again");
        admin.filterInstitutions(name);
        assertEquals("jw_" + key.substring(3, 11) + "_…", admin.institutionCell(name, "key-prefix"));
        assertEquals("5", admin.institutionCell(name, "checks-per-minute"));
        assertEquals("Active", admin.institutionCell(name, "institution-status"));
        assertNotEquals("Never", admin.institutionCell(name, "last-used"), "its check was recorded");

        admin.openInstitutionChange(name).type("edit:checksPerMinute", "10001").submit("edit");
        assertEquals("The checks per minute must be a whole number from 1 to 10000.",
                admin.fieldMessage("edit", "checksPerMinute"));
        admin.type("edit:checksPerMinute", "7").submit("edit");
        assertTrue(admin.formMessage("edit").contains(name), admin.formMessage("edit"));
        assertEquals(7, api.get("api/v1/institutions/me", "X-Api-Key", key).json().getInt("checksPerMinute"));

        admin.open("institutions").filterInstitutions(name).confirmInRow(name, "rotate");
        String newKey = admin.issuedKey();
        assertTrue(newKey.matches("jw_[a-z2-9]{8}_[A-Za-z0-9_-]{43}"), newKey);
        assertNotEquals(key, newKey);
        admin.keyCopied();
        assertEquals(401, api.get("api/v1/institutions/me", "X-Api-Key", key).status(), "the old key stops at once");
        assertEquals(200, api.get("api/v1/institutions/me", "X-Api-Key", newKey).status());

        admin.open("institutions").filterInstitutions(name).confirmInRow(name, "revoke");
        assertTrue(admin.formMessage("institutions").contains(name), admin.formMessage("institutions"));
        admin.open("institutions").filterInstitutions(name);
        String status = admin.institutionCell(name, "institution-status");
        assertTrue(status.startsWith("Revoked") && status.endsWith("by admin"), status);
        assertEquals(401, api.get("api/v1/institutions/me", "X-Api-Key", newKey).status(), "the revoked key is refused");
    }

    @Test
    void aClerkIsNotLetIntoTheAdministration() {
        String clerk = StaffAccounts.create(api(), "CLERK", SlaChecks.ANTI_FRAUD);
        signIn.open("workbench/sign-in.xhtml?lang=en");
        signIn.signIn(clerk, StaffAccounts.PASSWORD);
        assertFalse(WorkbenchAdminPage.navigationOffersAdministration(browser), "no link for a clerk");

        admin.open("users");

        assertTrue(admin.saysNotAllowed());
        assertFalse(admin.showsTitle("adminUsersTitle"));
        assertFalse(admin.showsTitle("create:username"));

        admin.open("institutions");

        assertTrue(admin.saysNotAllowed());
        assertFalse(admin.showsTitle("adminInstitutionsTitle"));
    }
}
