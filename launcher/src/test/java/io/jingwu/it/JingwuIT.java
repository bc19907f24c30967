package io.jingwu.it;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestClassOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;

/**
 * The one deployment of the end-to-end suite: the war exactly as built, at the context root, booted once.
 * Each nested class brings one area's checks; add an area by adding a nested class here. The areas run in a random
 * order ({@link RandomAreaOrder}), so none may rely on what another did: each makes its own staff and requests, a
 * unit of its own wherever it sweeps deadlines or counts what a unit holds, and puts back any setting it changes.
 * The deployment also carries the server-side test helpers of {@code io.jingwu.it.support}.
 */
@ExtendWith({TestEnvironment.class, ArquillianExtension.class})
@RunAsClient
@TestClassOrder(RandomAreaOrder.class)
class JingwuIT {

    @Deployment(testable = false)
    static WebArchive application() {
        File war = new File(System.getProperty("jingwu.it.war", "target/lib/jingwu.war"));
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addPackage("io.jingwu.it.support")
                .addAsWebResource("support-pages/failing.xhtml", "test-support/failing.xhtml");
    }

    @Nested
    class RequestsApi extends RequestsApiChecks {
    }

    @Nested
    class Operations extends OperationsChecks {
    }

    @Nested
    class CallerLanguages extends CallerLanguageChecks {
    }

    @Nested
    class ChatApi extends ChatApiChecks {
    }

    @Nested
    class CitizenAccess extends CitizenAccessChecks {
    }

    @Nested
    class ServiceCatalogue extends ServiceCatalogueChecks {
    }

    @Nested
    class PortalInBrowser extends PortalBrowserChecks {
    }

    @Nested
    class PortalInRussian extends PortalRussianChecks {
    }

    @Nested
    class DataAtRest extends DataAtRestChecks {
    }

    @Nested
    class StaffAuth extends StaffAuthChecks {
    }

    @Nested
    class StaffWork extends StaffWorkChecks {
    }

    @Nested
    class Routing extends RoutingChecks {
    }

    @Nested
    class Launcher extends LauncherChecks {
    }

    @Nested
    class Attachments extends AttachmentsChecks {
    }

    @Nested
    class ReturnVisits extends ReturnVisitChecks {
    }

    @Nested
    class Housekeeping extends HousekeepingChecks {
    }

    @Nested
    class WorkbenchInBrowser extends WorkbenchBrowserChecks {
    }

    @Nested
    class WorkbenchRequest extends WorkbenchRequestChecks {
    }

    @Nested
    class RepeatDetection extends RepeatChecks {
    }

    @Nested
    class Notifications extends NotificationChecks {
    }

    @Nested
    class Sla extends SlaChecks {
    }

    @Nested
    class Statistics extends StatisticsChecks {
    }

    @Nested
    class WorkbenchDashboard extends WorkbenchDashboardChecks {
    }

    @Nested
    class Evaluation extends EvaluationChecks {
    }

    @Nested
    class WorkbenchQueue extends WorkbenchQueueChecks {
    }

    @Nested
    class WorkbenchSettings extends WorkbenchSettingsChecks {
    }

    @Nested
    class WorkbenchAdmin extends WorkbenchAdminChecks {
    }

    @Nested
    class WorkbenchCatalogue extends WorkbenchCatalogueChecks {
    }

    @Nested
    class IdentityVerification extends IdentityVerificationChecks {
    }

    @Nested
    class IdentityCredentials extends IdentityCredentialChecks {
    }

    @Nested
    class IdentityInBrowser extends IdentityBrowserChecks {
    }

    @Nested
    class WorkbenchPhoneEntry extends WorkbenchPhoneEntryChecks {
    }

    @Nested
    class IdentityDocuments extends IdentityDocumentChecks {
    }

    @Nested
    class Institutions extends InstitutionsChecks {
    }

    @Nested
    class Attacker extends AttackerChecks {
    }

    @Nested
    class SecurityHeaders extends SecurityHeadersChecks {
    }

    @Nested
    class ClientAddresses extends ClientAddressChecks {
    }

    @Nested
    class FraudChecks extends FraudCheckChecks {
    }

    @Nested
    class FraudAlerts extends FraudAlertChecks {
    }

    @Nested
    class FraudCheckInBrowser extends FraudCheckBrowserChecks {
    }

    @Nested
    class WorkbenchFraudList extends WorkbenchFraudListChecks {
    }

    @Nested
    class FraudWarnings extends FraudWarningChecks {
    }

    @Nested
    class FraudIndex extends FraudIndexChecks {
    }

    @Nested
    class FraudIndexInBrowser extends FraudIndexBrowserChecks {
    }

    @Nested
    class WorkbenchSessions extends WorkbenchSessionChecks {
    }

    @Nested
    class WorkbenchRoles extends WorkbenchRoleChecks {
    }

    /** Tagged screenshots: left out unless asked for (README, Screenshots). */
    @Nested
    class Screenshots extends WorkbenchScreenshots {
    }

    @Nested
    class IdentityOnAPhone extends IdentityScreenshots {
    }

    @Nested
    class FraudCheckOnAPhone extends FraudCheckScreenshots {
    }
}
