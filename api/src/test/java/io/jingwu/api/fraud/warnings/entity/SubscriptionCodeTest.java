package io.jingwu.api.fraud.warnings.entity;

import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SubscriptionCodeTest {

    private static final Instant SENT = Instant.parse("2026-12-01T02:00:00Z");
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private static SubscriptionCode sent() {
        return new SubscriptionCode(SubscriptionCode.Intent.SUBSCRIBE, "phone", "330522", Language.RU, "right", SENT,
                LIFETIME);
    }

    @Test
    void theRightCodeWorksOnce() {
        SubscriptionCode code = sent();
        assertTrue(code.redeem("right", SENT.plusSeconds(30)));
        assertFalse(code.redeem("right", SENT.plusSeconds(40)));
        assertEquals(Optional.of("330522"), code.divisionCode());
        assertEquals(Language.RU, code.language());
    }

    @Test
    void anExpiredCodeIsRefusedEvenWhenRight() {
        assertFalse(sent().redeem("right", SENT.plus(LIFETIME)));
    }

    @Test
    void afterFiveWrongGuessesTheRightOneIsRefusedToo() {
        SubscriptionCode code = sent();
        for (int guess = 0; guess < SubscriptionCode.MAX_ATTEMPTS; guess++) {
            assertFalse(code.redeem("wrong", SENT.plusSeconds(guess)));
        }
        assertFalse(code.redeem("right", SENT.plusSeconds(10)));
    }

    @Test
    void stoppingMayBeForEveryDistrictButFollowingIsForOne() {
        SubscriptionCode all = new SubscriptionCode(SubscriptionCode.Intent.UNSUBSCRIBE, "phone", null, Language.ZH,
                "right", SENT, LIFETIME);
        assertEquals(Optional.empty(), all.divisionCode());
        assertThrows(IllegalArgumentException.class, () -> new SubscriptionCode(SubscriptionCode.Intent.SUBSCRIBE,
                "phone", null, Language.ZH, "right", SENT, LIFETIME));
    }
}
