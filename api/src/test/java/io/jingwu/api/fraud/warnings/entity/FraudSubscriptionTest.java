package io.jingwu.api.fraud.warnings.entity;

import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FraudSubscriptionTest {

    private static final Instant ASKED = Instant.parse("2026-12-01T02:00:00Z");
    private static final Instant CONFIRMED = ASKED.plusSeconds(60);

    private static FraudSubscription asked() {
        return new FraudSubscription("askedTokenId", "+8613800138000", "hash", "330522", Language.EN, ASKED);
    }

    @Test
    void onlyTheCodeConfirmsASubscriptionAndOnlyAConfirmedOneIsWarned() {
        FraudSubscription subscription = asked();
        assertEquals(SubscriptionStatus.PENDING, subscription.status());
        assertFalse(subscription.confirmed());

        subscription.confirm(Language.RU, "firstTokenId", CONFIRMED);

        assertTrue(subscription.confirmed());
        assertEquals(Language.RU, subscription.language(), "the language the code was asked for");
        assertEquals("firstTokenId", subscription.tokenId());
        assertEquals(Optional.of(CONFIRMED), subscription.confirmedAt());
    }

    @Test
    void confirmingAgainChangesTheLanguageAndKeepsTheLinksItWasSent() {
        FraudSubscription subscription = asked();
        subscription.confirm(Language.EN, "firstTokenId", CONFIRMED);

        subscription.confirm(Language.ZH, "otherTokenId", CONFIRMED.plusSeconds(3600));

        assertEquals(Language.ZH, subscription.language());
        assertEquals("firstTokenId", subscription.tokenId(), "links in earlier warnings still stop it");
    }

    @Test
    void anEndedSubscriptionFollowedAgainTakesANewTokenSoOldLinksNameItNoMore() {
        FraudSubscription subscription = asked();
        subscription.confirm(Language.EN, "firstTokenId", CONFIRMED);
        assertTrue(subscription.unsubscribe(CONFIRMED.plusSeconds(60)));
        assertEquals(SubscriptionStatus.UNSUBSCRIBED, subscription.status());
        assertFalse(subscription.unsubscribe(CONFIRMED.plusSeconds(120)), "ended once");

        subscription.confirm(Language.EN, "secondTokenId", CONFIRMED.plusSeconds(600));

        assertTrue(subscription.confirmed());
        assertEquals("secondTokenId", subscription.tokenId());
        assertEquals(Optional.empty(), subscription.unsubscribedAt());
    }

    @Test
    void unsubscribingWhatWasNeverConfirmedChangesNothing() {
        FraudSubscription subscription = asked();
        assertFalse(subscription.unsubscribe(CONFIRMED));
        assertEquals(SubscriptionStatus.PENDING, subscription.status());
    }
}
