package io.jingwu.api.staff.control;

import io.jingwu.api.platform.ratelimit.RateLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SignInThrottleTest {

    private final List<String> counted = new ArrayList<>();
    private final List<String> givenBack = new ArrayList<>();

    private SignInThrottle throttle() {
        SignInThrottle throttle = new SignInThrottle();
        throttle.perMinute = 20;
        throttle.rateLimits = new RateLimits() {
            @Override
            public boolean tryHit(String bucket, String subject, int limit, Duration window) {
                counted.add(subject);
                return true;
            }

            @Override
            public void takeBack(String bucket, String subject, Duration window) {
                givenBack.add(subject);
            }
        };
        return throttle;
    }

    @Test
    void anIpv6ClientCountsByItsSlash64SoThatNewAddressesGetNoNewAllowance() {
        SignInThrottle throttle = throttle();

        throttle.admit("2001:db8:1:2::1");
        throttle.admit("2001:db8:1:2:ffff:ffff:ffff:9");
        throttle.succeeded("2001:db8:1:2::77");

        assertEquals(1, counted.stream().distinct().count(), counted.toString());
        assertEquals(counted.get(0), givenBack.get(0), "a success is given back to the same allowance");
    }

    @Test
    void anIpv4ClientCountsByItsOwnAddress() {
        SignInThrottle throttle = throttle();

        throttle.admit("203.0.113.7");
        throttle.admit("203.0.113.8");

        assertEquals(List.of("203.0.113.7", "203.0.113.8"), counted);
    }
}
