package io.jingwu.api.platform.clientaddress;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IpAddressesTest {

    private static InetAddress address(String literal) {
        return IpAddresses.parse(literal).orElseThrow();
    }

    @Test
    void anIpv6ClientIsCountedByItsSlash64() {
        String subject = IpAddresses.limitSubject(address("2001:db8:7:1::a"));

        assertEquals("2001:db8:7:1:0:0:0:0/64", subject);
        assertEquals(subject, IpAddresses.limitSubject(address("2001:db8:7:1:ffff:ffff:ffff:ffff")));
        assertNotEquals(subject, IpAddresses.limitSubject(address("2001:db8:7:2::a")));
    }

    @Test
    void anIpv4ClientIsCountedByItsWholeAddress() {
        assertEquals("203.0.113.7", IpAddresses.limitSubject(address("203.0.113.7")));
        assertEquals("203.0.113.7", IpAddresses.limitSubject(address("::ffff:203.0.113.7")));
        assertNotEquals(IpAddresses.limitSubject(address("203.0.113.7")), IpAddresses.limitSubject(address("203.0.113.8")));
    }

    @Test
    void onlyLiteralsAreAddressesAndNothingIsLookedUp() {
        for (String notALiteral : new String[]{"localhost", "example.com", "1.2.3", "1.2.3.4.5", "256.1.1.1",
                "1.2.3.4:99999999", "::g", "1:2:3:4:5:6:7:8:9", "fe80::1%eth0", ".1:2", "[1.2.3.4]", "", " ", "1,2",
                "deadbeef", "cafe", "0x7f.1", null}) {
            assertTrue(IpAddresses.parse(notALiteral).isEmpty(), String.valueOf(notALiteral));
        }
    }
}
