package io.jingwu.api.platform.clientaddress;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressRangesTest {

    @Test
    void networksMatchEveryAddressInsideAndNoneOutside() {
        AddressRanges ranges = AddressRanges.parse(List.of("10.1.0.0/16", "172.16.5.9", "2001:db8:aa::/48", "0.0.0.0/32"), "test");

        assertTrue(ranges.contains("10.1.0.0"));
        assertTrue(ranges.contains("10.1.255.255"));
        assertFalse(ranges.contains("10.2.0.0"));
        assertFalse(ranges.contains("10.0.255.255"));
        assertTrue(ranges.contains("172.16.5.9"));
        assertFalse(ranges.contains("172.16.5.10"));
        assertTrue(ranges.contains("2001:db8:aa:ffff::1"));
        assertTrue(ranges.contains("2001:0DB8:00AA:0000:0000:0000:0000:0001"), "any spelling of the address");
        assertFalse(ranges.contains("2001:db8:ab::1"));
        assertTrue(ranges.contains("::ffff:10.1.2.3"), "IPv4-mapped");
        assertFalse(ranges.contains("::a01:203"), "an IPv6 address is not the IPv4 address of its last bits");
    }

    @Test
    void networksNeedNotBeWrittenFromTheirFirstAddress() {
        assertTrue(AddressRanges.parse(List.of("192.0.2.77/24"), "test").contains("192.0.2.1"));
        assertTrue(AddressRanges.parse(List.of("2001:db8::1/0"), "test").contains("2001:db8:9::9"));
        assertFalse(AddressRanges.parse(List.of("2001:db8::1/0"), "test").contains("192.0.2.1"));
    }

    @Test
    void entriesThatAreNoAddressOrNetworkAreLeftOutAndTrustNothing() {
        AddressRanges ranges = AddressRanges.parse(List.of("none", "", "proxy.internal", "10.0.0.0/33",
                "10.0.0.0/-1", "10.0.0.0/", "2001:db8::/129", "300.1.1.1", "10.0.0.0/8/8", "*"), "test");

        assertTrue(ranges.isEmpty());
        assertFalse(ranges.contains("10.0.0.1"));
        assertFalse(ranges.contains("not an address"));
        assertFalse(ranges.contains((String) null));
    }

    @Test
    void aGoodEntryBesideABadOneStillCounts() {
        AddressRanges ranges = AddressRanges.parse(List.of("10.0.0.0/33", "10.0.0.7"), "test");

        assertTrue(ranges.contains("10.0.0.7"));
        assertFalse(ranges.contains("10.0.0.8"));
    }
}
