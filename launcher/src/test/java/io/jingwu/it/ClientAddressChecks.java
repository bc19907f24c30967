package io.jingwu.it;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static io.jingwu.it.StaffAccounts.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Who the client is, behind the load balancer: every per-address limit and the personal-data audit count the
 * citizen's own address, which the balancer writes into {@code X-Forwarded-For}, and nobody else can. The suite
 * trusts 127.0.0.2 and 10.99.0.0/16 as its balancer's hops and 198.51.100.20 as a kiosk ({@link TestEnvironment});
 * the checks connect from 127.0.0.2 and 127.0.0.3 through a {@link LoopbackRelay}. The limit they use up is the
 * 30 identity-document checks per address and hour.
 */
abstract class ClientAddressChecks extends DeployedApplication {

    private static final String VALIDATE = "api/v1/identity/documents/validate";
    private static final String A_DOCUMENT = "{\"kind\": \"RESIDENT_ID\", \"value\": \"11010519491231002x\"}";
    static final int CHECKS_PER_ADDRESS = 30;

    private static Http fromBalancer() {
        return new Http(LoopbackRelay.from("127.0.0.2"));
    }

    static Http fromAnotherMachine() {
        return new Http(LoopbackRelay.from("127.0.0.3"));
    }

    static int validate(Http http, String forwardedFor) {
        return http.post(VALIDATE, A_DOCUMENT, "X-Forwarded-For", forwardedFor).status();
    }

    @Test
    void behindTheBalancerEachCitizenHasAnAllowanceOfTheirOwn() {
        for (int i = 0; i < CHECKS_PER_ADDRESS; i++) {
            assertEquals(200, validate(fromBalancer(), "203.0.113.50"));
        }

        assertEquals(429, validate(fromBalancer(), "203.0.113.50"));
        assertEquals(429, validate(fromBalancer(), "198.18.7.7, 203.0.113.50"), "an address the citizen adds in front changes nothing");
        assertEquals(429, validate(fromBalancer(), "203.0.113.50, 10.99.0.9"), "behind a second trusted hop, the same citizen");
        assertEquals(200, validate(fromBalancer(), "203.0.113.51"), "the next citizen behind the same balancer");
    }

    @Test
    void anIpv6CitizenIsCountedByTheirSlash64() {
        for (int i = 0; i < CHECKS_PER_ADDRESS; i++) {
            assertEquals(200, validate(fromBalancer(), "2001:db8:7:1::" + Integer.toHexString(i + 1)));
        }

        assertEquals(429, validate(fromBalancer(), "2001:db8:7:1:ffff:1:2:3"), "another address of the same /64");
        assertEquals(200, validate(fromBalancer(), "2001:db8:7:2::1"), "the neighbouring /64");
    }

    @Test
    void aKioskBehindTheBalancerIsNotLimitedPerAddress() {
        for (int i = 0; i < CHECKS_PER_ADDRESS + 5; i++) {
            assertEquals(200, validate(fromBalancer(), "198.51.100.20"));
        }
    }

    @Test
    void theAuditOfAPersonalDataReadRecordsTheClerksOwnAddress() throws Exception {
        Http local = new Http(base());
        String clerk = StaffAccounts.signedIn(local, "CLERK", StaffWorkChecks.ZHILI);
        String number = local.post("api/v1/requests", RequestsApiChecks.dispute("330502100", "蒋红", "13800138741",
                "楼下商铺油烟直排进卧室。")).json().getString("trackingNumber");
        String reveal = "api/v1/staff/requests/" + number + "/personal-data";
        String purpose = "{\"purpose\": \"电话回访当事人\"}";

        assertEquals(200, fromBalancer().post(reveal, purpose, bearer(clerk,
                "X-Forwarded-For", "6.6.6.6, 203.0.113.77, 10.99.0.9")).status());
        assertEquals(200, local.post(reveal, purpose, bearer(clerk, "X-Forwarded-For", "203.0.113.78")).status());

        assertEquals(List.of("203.0.113.77", "127.0.0.1"), recordedAddresses(number));
    }

    private static List<String> recordedAddresses(String trackingNumber) throws Exception {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("SELECT r.client_address FROM personal_data_reads r "
                     + "JOIN requests q ON q.id = r.request_id WHERE q.tracking_number = ? ORDER BY r.id")) {
            read.setString(1, trackingNumber.replace("-", ""));   // stored without its dashes
            List<String> addresses = new ArrayList<>();
            try (ResultSet row = read.executeQuery()) {
                while (row.next()) {
                    addresses.add(row.getString(1));
                }
            }
            return addresses;
        }
    }
}
