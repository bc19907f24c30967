package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.fraud.warnings.entity.FraudSubscription;
import io.jingwu.api.fraud.warnings.entity.FraudWarning;
import io.jingwu.api.fraud.warnings.entity.WarningArea;
import io.jingwu.api.fraud.warnings.entity.WarningTexts;
import io.jingwu.api.notifications.control.SmsGateway;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.crypto.RandomTokens;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.testing.RolledBackTransaction;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Queueing a warning for Urumqi's followers in batches of two phones: each confirmed phone of the city once, in its
 * language and with the link of its own subscription, and nobody else, however the publication is split up.
 */
class WarningBatchesDatabaseTest {

    private static final Instant NOW = Instant.parse("2026-12-01T02:00:00Z");
    private static final WarningTexts TEXTS = new WarningTexts("警惕冒充客服退款诈骗。", "Beware of fake refund calls.", null);
    private static final SecureRandom RANDOM = new SecureRandom();

    @RegisterExtension
    final RolledBackTransaction database = new RolledBackTransaction();

    private final EntityManager em = database.em();
    private final List<Sent> sent = new ArrayList<>();

    private final String tianshan = phone();
    private final String shuimogou = phone();
    private final String twoDistricts = phone();
    private final String pending = phone();
    private final String unsubscribed = phone();
    private final String kashgar = phone();

    WarningBatchesDatabaseTest() {
        follow(tianshan, "650102", Language.ZH, NOW.minusSeconds(500));
        follow(shuimogou, "650105", Language.EN, NOW.minusSeconds(400));
        follow(twoDistricts, "650102", Language.ZH, NOW.minusSeconds(300));
        follow(twoDistricts, "650103", Language.RU, NOW.minusSeconds(200));
        em.persist(new FraudSubscription(RandomTokens.urlSafe(9), pending, LookupHashes.phone(pending), "650104",
                Language.ZH, NOW));
        follow(unsubscribed, "650106", Language.ZH, NOW.minusSeconds(100)).unsubscribe(NOW.minusSeconds(50));
        follow(kashgar, "653101", Language.ZH, NOW.minusSeconds(100));
        em.flush();
    }

    @Test
    void everyConfirmedPhoneOfTheCityIsWarnedOnceInItsLanguageWithItsOwnLink() {
        long warning = warning();
        WarningBatches batches = batches();

        int runs = 0;
        while (!batches.next(warning)) {
            runs++;
        }

        Map<String, Sent> byPhone = sent.stream().collect(Collectors.toMap(Sent::phone, message -> message));
        assertEquals(3, sent.size(), sent.toString());
        assertEquals(List.of(tianshan, shuimogou, twoDistricts).stream().sorted().toList(),
                byPhone.keySet().stream().sorted().toList(), "no pending, ended or Kashgar follower");
        assertTrue(byPhone.get(tianshan).text().startsWith("【警务反诈】警惕冒充客服退款诈骗。 退订："));
        assertTrue(byPhone.get(shuimogou).text().startsWith("[Police anti-fraud] Beware of fake refund calls. Unsubscribe: "));
        assertTrue(byPhone.get(twoDistricts).text().startsWith("[Полиция] Beware of fake refund calls."),
                "in the language of the district it confirmed last");
        assertEquals(Optional.of(subscription(twoDistricts, "650103").tokenId()), tokenIdIn(byPhone.get(twoDistricts)));
        assertEquals(Optional.of(subscription(tianshan, "650102").tokenId()), tokenIdIn(byPhone.get(tianshan)));
        assertTrue(sent.stream().allMatch(message -> message.purpose().equals(WarningMessages.PURPOSE)));
        assertEquals(1, runs, "three phones, two a batch: a full batch, then the rest completes it");

        FraudWarning done = em.find(FraudWarning.class, warning);
        assertTrue(done.completed());
        assertEquals(3, done.queued());
        assertTrue(batches.next(warning), "a completed warning queues nothing more");
        assertEquals(3, sent.size());
    }

    @Test
    void aPublicationCutShortIsTakenUpWhereItStopped() {
        long warning = warning();
        assertFalse(batches().next(warning), "one batch, then the instance stops");
        assertEquals(2, sent.size());

        WarningBatches anotherInstance = batches();
        while (!anotherInstance.next(warning)) {
            // on until complete
        }

        assertEquals(3, sent.stream().map(Sent::phone).distinct().count());
        assertEquals(3, sent.size(), "no phone twice");
        assertEquals(3, em.find(FraudWarning.class, warning).queued());
    }

    private long warning() {
        FraudWarning warning = new FraudWarning(new WarningArea("650100", "6501"), TEXTS, null, "keeper", NOW);
        em.persist(warning);
        em.flush();
        return warning.id();
    }

    private WarningBatches batches() {
        WarningBatches batches = new WarningBatches();
        batches.em = em;
        batches.sms = new SmsGateway() {
            @Override
            public void send(String phoneE164, String text, String purpose, ServiceRequest about) {
                sent.add(new Sent(phoneE164, text, purpose));
            }
        };
        batches.links = new UnsubscribeLinks("https://jingwu.example.cn");
        batches.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        batches.size = 2;
        return batches;
    }

    private FraudSubscription follow(String phone, String county, Language language, Instant confirmedAt) {
        FraudSubscription subscription = new FraudSubscription(RandomTokens.urlSafe(9), phone, LookupHashes.phone(phone),
                county, language, confirmedAt.minusSeconds(60));
        subscription.confirm(language, RandomTokens.urlSafe(9), confirmedAt);
        em.persist(subscription);
        return subscription;
    }

    private FraudSubscription subscription(String phone, String county) {
        return em.createNamedQuery(FraudSubscription.OF_PHONE_IN, FraudSubscription.class)
                .setParameter("phoneHash", LookupHashes.phone(phone))
                .setParameter("divisionCode", county)
                .getSingleResult();
    }

    private static Optional<String> tokenIdIn(Sent message) {
        return UnsubscribeTokens.tokenId(message.text().substring(message.text().indexOf("token=") + 6));
    }

    private static String phone() {
        return "+86139" + String.format("%08d", RANDOM.nextInt(100_000_000));
    }

    private record Sent(String phone, String text, String purpose) {
    }
}
