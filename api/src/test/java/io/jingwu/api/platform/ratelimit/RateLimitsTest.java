package io.jingwu.api.platform.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a per-address limit counts; the counting itself is the database's (checked end to end). */
class RateLimitsTest {

    private final List<String> subjects = new ArrayList<>();

    private final RateLimits limits = new RateLimits() {
        @Override
        public boolean tryHit(String bucket, String subject, int limit, Duration window) {
            subjects.add(subject);
            return true;
        }
    };

    RateLimitsTest() {
        limits.kioskAddresses = List.of("198.51.100.20", "2001:db8:4b:1::/64", "kiosk.campus.example");
    }

    @Test
    void everyAddressOfAnIpv6SubscribersSlash64IsOneSubject() {
        limits.tryHitFromAddress("b", "2001:db8:7:1::a", 1, Duration.ofHours(1));
        limits.tryHitFromAddress("b", "2001:db8:7:1:ffff:1:2:3", 1, Duration.ofHours(1));
        limits.tryHitFromAddress("b", "2001:db8:7:2::a", 1, Duration.ofHours(1));
        limits.tryHitFromAddress("b", "203.0.113.7", 1, Duration.ofHours(1));

        assertEquals(List.of("2001:db8:7:1:0:0:0:0/64", "2001:db8:7:1:0:0:0:0/64", "2001:db8:7:2:0:0:0:0/64",
                "203.0.113.7"), subjects);
    }

    @Test
    void kiosksAreNotCountedHoweverTheirAddressIsWritten() {
        assertTrue(limits.tryHitFromAddress("b", "198.51.100.20", 1, Duration.ofHours(1)));
        assertTrue(limits.tryHitFromAddress("b", "::ffff:198.51.100.20", 1, Duration.ofHours(1)));
        assertTrue(limits.tryHitFromAddress("b", "2001:db8:4b:1:0:0:0:99", 1, Duration.ofHours(1)));

        assertEquals(List.of(), subjects);
        limits.tryHitFromAddress("b", "198.51.100.21", 1, Duration.ofHours(1));
        assertEquals(List.of("198.51.100.21"), subjects);
    }
}
