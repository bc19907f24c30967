package io.jingwu.api.citizens.entity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AccessCodeTest {

    private static final Instant SENT = Instant.parse("2026-11-23T08:00:00Z");
    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    private AccessCode code() {
        return new AccessCode(42L, "right", SENT, FIVE_MINUTES);
    }

    @Test
    void theRightCodeWorksOnceWithinItsLifetime() {
        AccessCode code = code();
        assertTrue(code.redeem("right", SENT.plusSeconds(299)));
        assertFalse(code.redeem("right", SENT.plusSeconds(299)), "a code is good for one exchange");
    }

    @Test
    void expiresAfterFiveMinutes() {
        assertFalse(code().redeem("right", SENT.plus(FIVE_MINUTES)));
    }

    @Test
    void fiveWrongGuessesSpendIt() {
        AccessCode code = code();
        for (int i = 0; i < AccessCode.MAX_ATTEMPTS; i++) {
            assertFalse(code.redeem("wrong", SENT.plusSeconds(10 + i)));
        }
        assertFalse(code.redeem("right", SENT.plusSeconds(30)), "after five wrong guesses even the right code fails");
    }

    @Test
    void aRightGuessAfterFewerWrongOnesStillWorks() {
        AccessCode code = code();
        for (int i = 0; i < AccessCode.MAX_ATTEMPTS - 1; i++) {
            assertFalse(code.redeem("wrong", SENT.plusSeconds(10 + i)));
        }
        assertTrue(code.redeem("right", SENT.plusSeconds(30)));
    }
}
