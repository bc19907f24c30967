package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.fraud.warnings.entity.FraudSubscription;
import io.jingwu.api.fraud.warnings.entity.SubscriptionCode;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.crypto.RandomTokens;
import io.jingwu.api.platform.housekeeping.BatchDelete;
import io.jingwu.api.platform.housekeeping.KeptForAWhile;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.testing.RolledBackTransaction;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A phone stays only while it follows a district: what was never confirmed, or has ended, goes a retention after. */
class SubscriptionRecordsExpiryDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-12-10T02:00:00Z");
    private static final Duration RETENTION = Duration.ofDays(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();

    @Test
    void unconfirmedAndEndedSubscriptionsAndExpiredCodesGoAfterTheRetention() {
        String phone = "+86139" + String.format("%08d", RANDOM.nextInt(100_000_000));
        String hash = LookupHashes.phone(phone);
        Instant old = NOW.minus(Duration.ofDays(3));
        FraudSubscription neverConfirmed = subscription(phone, "650102", old);
        FraudSubscription askedToday = subscription(phone, "650103", NOW.minusSeconds(600));
        FraudSubscription followedLongAgo = subscription(phone, "650104", old);
        followedLongAgo.confirm(Language.ZH, RandomTokens.urlSafe(9), old);
        FraudSubscription endedLongAgo = subscription(phone, "650105", old);
        endedLongAgo.confirm(Language.ZH, RandomTokens.urlSafe(9), old);
        endedLongAgo.unsubscribe(old.plusSeconds(60));
        FraudSubscription endedToday = subscription(phone, "650106", old);
        endedToday.confirm(Language.ZH, RandomTokens.urlSafe(9), old);
        endedToday.unsubscribe(NOW.minusSeconds(600));
        em.persist(new SubscriptionCode(SubscriptionCode.Intent.SUBSCRIBE, hash, "650102", Language.ZH, "a", old,
                Duration.ofMinutes(5)));
        em.persist(new SubscriptionCode(SubscriptionCode.Intent.UNSUBSCRIBE, hash, null, Language.ZH, "b",
                NOW.minusSeconds(60), Duration.ofMinutes(5)));
        em.flush();

        for (KeptForAWhile.Purge purge : new SubscriptionRecordsExpiry().purges()) {
            Instant before = NOW.minus(RETENTION).minus(purge.kept());
            int deleted;
            do {
                deleted = em.createNativeQuery(purge.statement())
                        .setParameter(1, LocalDateTime.ofInstant(before, ZoneOffset.UTC)).executeUpdate();
            } while (deleted == BatchDelete.SIZE);
        }

        assertEquals(List.of("650103", "650104", "650106"), em.createNativeQuery(
                "SELECT division_code FROM fraud_subscriptions WHERE phone_hash = ? ORDER BY division_code")
                .setParameter(1, hash).getResultList());
        assertEquals(List.of("UNSUBSCRIBE"), em.createNativeQuery(
                "SELECT intent FROM fraud_subscription_codes WHERE phone_hash = ?").setParameter(1, hash).getResultList());
    }

    private FraudSubscription subscription(String phone, String county, Instant asked) {
        FraudSubscription subscription = new FraudSubscription(RandomTokens.urlSafe(9), phone, LookupHashes.phone(phone),
                county, Language.ZH, asked);
        em.persist(subscription);
        return subscription;
    }
}
