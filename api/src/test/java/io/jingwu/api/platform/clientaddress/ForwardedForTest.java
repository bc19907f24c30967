package io.jingwu.api.platform.clientaddress;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForwardedForTest {

    private final ForwardedFor behindBalancers = new ForwardedFor(
            AddressRanges.parse(List.of("10.0.0.5", "192.0.2.0/24", "2001:db8:ffff::/48"), "test"));

    private String client(String peer, String... headers) {
        return behindBalancers.client(peer, List.of(headers));
    }

    @Test
    void aHeaderFromAPeerThatIsNoTrustedProxyIsIgnored() {
        assertEquals("198.51.100.7", client("198.51.100.7", "203.0.113.1"));
        assertEquals("198.51.100.7", client("198.51.100.7", "10.0.0.5, 203.0.113.1"));
        assertEquals("127.0.0.1", new ForwardedFor(AddressRanges.none()).client("127.0.0.1", List.of("203.0.113.1")));
    }

    @Test
    void theTrustedProxysOwnEntryNamesTheClient() {
        assertEquals("203.0.113.1", client("10.0.0.5", "203.0.113.1"));
    }

    @Test
    void trustedHopsAreSkippedFromTheRightAndWhatTheClientWroteIsNeverBelieved() {
        assertEquals("203.0.113.1", client("10.0.0.5", "6.6.6.6, 203.0.113.1, 192.0.2.9, 10.0.0.5"));
        assertEquals("203.0.113.1", client("10.0.0.5", "6.6.6.6, 203.0.113.1", "192.0.2.9"), "two header lines are one list");
        assertEquals("203.0.113.1", client("10.0.0.5", "10.0.0.5, 203.0.113.1"), "a trusted address left of the client is the client's own claim");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
        assertEquals("192.0.2.3", client("10.0.0.5", "192.0.2.3, 192.0.2.9"));
    }

    @Test
    void noHeaderFromATrustedProxyLeavesTheProxy() {
        assertEquals("10.0.0.5", client("10.0.0.5"));
        assertEquals("10.0.0.5", client("10.0.0.5", "", " , "));
    }

    @Test
    void garbageEndsTheWalkAtTheLastAddressRead() {
        assertEquals("10.0.0.5", client("10.0.0.5", "unknown"));
        assertEquals("10.0.0.5", client("10.0.0.5", "203.0.113.1, not-an-address"));
        assertEquals("192.0.2.9", client("10.0.0.5", "203.0.113.1, evil.example.com, 192.0.2.9"));
        assertEquals("10.0.0.5", client("10.0.0.5", "203.0.113.999"));
        assertEquals("10.0.0.5", client("10.0.0.5", "2001:db8::1::2"));
        assertEquals("10.0.0.5", client("10.0.0.5", "localhost"));
        assertEquals("10.0.0.5", client("10.0.0.5", "_hidden"));
        assertEquals("203.0.113.1", client("10.0.0.5", "garbage, 203.0.113.1"), "garbage left of the client is not read");
    }

    @Test
    void portsAndBracketsAsSomeBalancersWriteThem() {
        assertEquals("203.0.113.1", client("10.0.0.5", "203.0.113.1:51234"));
        assertEquals("2001:db8:1:0:0:0:0:7", client("10.0.0.5", "[2001:db8:1::7]:443"));
        assertEquals("2001:db8:1:0:0:0:0:7", client("10.0.0.5", "[2001:db8:1::7]"));
    }

    @Test
    void ipv6PeersAndClients() {
        assertEquals("2001:db8:1:0:0:0:0:7", client("2001:db8:ffff:1:0:0:0:1", "2001:db8:1::7"));
        assertEquals("2001:db8:ffff:1:0:0:0:1", client("2001:db8:ffff:1:0:0:0:1%eth0"), "a zone is no part of the address");
        assertEquals("203.0.113.1", client("10.0.0.5", "::ffff:203.0.113.1"), "an IPv4-mapped address is the IPv4 address");
        assertEquals("203.0.113.1", client("::ffff:10.0.0.5", "203.0.113.1"));
    }

    @Test
    void aPeerThatIsNoAddressIsKeptAsItIs() {
        assertEquals("some-socket", client("some-socket", "203.0.113.1"));
    }
}
