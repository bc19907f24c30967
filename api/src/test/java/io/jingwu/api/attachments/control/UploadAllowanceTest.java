package io.jingwu.api.attachments.control;

import io.jingwu.api.platform.ratelimit.RateLimits;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which allowances an upload counts against; the counting itself is the database's, and kiosks' exemption from the
 * per-address limit {@code RateLimits}' (both checked end to end).
 */
class UploadAllowanceTest {

    private final Map<String, Integer> hits = new HashMap<>();
    private final UploadAllowance allowance = new UploadAllowance();

    UploadAllowanceTest() {
        RateLimits limits = new RateLimits() {
            @Override
            public boolean tryHit(String bucket, String subject, int limit, Duration window) {
                int count = hits.getOrDefault(bucket + "/" + subject, 0);
                if (count >= limit) {
                    return false;
                }
                hits.put(bucket + "/" + subject, count + 1);
                return true;
            }
        };
        allowance.rateLimits = limits;
        allowance.perToken = 20;
        allowance.perAddress = 100;
    }

    @Test
    void oneTokenSendsTwentyInAnHour() {
        for (int i = 0; i < 20; i++) {
            assertTrue(allowance.tryUpload("token", "203.0.113.7"));
        }
        assertFalse(allowance.tryUpload("token", "203.0.113.7"));
        assertFalse(allowance.tryUpload("token", "203.0.113.8"), "from another address too");
    }

    @Test
    void oneAddressSendsAHundredWhateverTheTokens() {
        for (int i = 0; i < 100; i++) {
            assertTrue(allowance.tryUpload("token-" + i / 20, "203.0.113.7"));
        }
        assertFalse(allowance.tryUpload("token-new", "203.0.113.7"));
        assertTrue(allowance.tryUpload("token-new", "203.0.113.8"));
    }
}
