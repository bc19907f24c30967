package io.jingwu.api.institutions.control;

import io.jingwu.api.institutions.entity.Admission;
import io.jingwu.api.institutions.entity.Admission.Outcome;
import io.jingwu.api.institutions.entity.ApiKey;
import io.jingwu.api.institutions.entity.InstitutionKind;
import io.jingwu.api.institutions.entity.RelyingInstitution;
import io.jingwu.api.platform.ratelimit.RateLimits;
import io.jingwu.api.staff.MutableClock;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who is admitted: a genuine key of an active institution, while its allowance per minute has room. The database
 * is played by a map of institutions and a list of the hits in the window.
 */
class InstitutionKeysTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

    private final MutableClock clock = new MutableClock(START);
    private final Map<String, RelyingInstitution> byPrefix = new HashMap<>();
    /** Each counted hit as bucket/subject/limit/window, as RateLimits was asked. */
    private final List<String> hits = new ArrayList<>();
    private final List<Long> usesRecorded = new ArrayList<>();
    private final InstitutionKeys keys = new InstitutionKeys() {
        @Override
        Optional<RelyingInstitution> holderOf(String prefix) {
            return Optional.ofNullable(byPrefix.get(prefix));
        }

        @Override
        void recordUse(long institutionId, Instant now) {
            usesRecorded.add(institutionId);
        }
    };

    private final ApiKey key = ApiKey.generate(RANDOM);
    private final RelyingInstitution hotel = institution(41, "南浔古镇酒店", 3, key);

    InstitutionKeysTest() {
        keys.clock = clock;
        keys.rateLimits = new RateLimits() {
            @Override
            public boolean tryHit(String bucket, String subject, int limit, Duration window) {
                String hit = bucket + "/" + subject + "/" + limit + "/" + window;
                if (hits.stream().filter(hit::equals).count() >= limit) {
                    return false;
                }
                hits.add(hit);
                return true;
            }
        };
    }

    private RelyingInstitution institution(long id, String name, int checksPerMinute, ApiKey apiKey) {
        RelyingInstitution institution = RelyingInstitution.create(name, InstitutionKind.HOTEL, null, checksPerMinute,
                apiKey, "admin", START.minus(Duration.ofDays(1)));
        try {
            Field field = RelyingInstitution.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(institution, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        byPrefix.put(apiKey.prefix(), institution);
        return institution;
    }

    @Test
    void aGenuineKeyIsAdmittedAsItsInstitution() {
        Admission admission = keys.admit(key.text());

        assertTrue(admission.admitted());
        assertEquals(new Admission(Outcome.ADMITTED, 41, "南浔古镇酒店", InstitutionKind.HOTEL), admission);
        assertEquals(List.of("institution-key/41/3/PT1M"), hits, "counted per institution, per minute, at its allowance");
    }

    @Test
    void noKeyAMalformedOneAndAnUnknownOneAreAllUnknownAndNotCounted() {
        for (String sent : new String[] {null, "", "Bearer " + key.text(), key.text().substring(1),
                ApiKey.generate(RANDOM).text()}) {
            assertEquals(Admission.unknown(), keys.admit(sent), String.valueOf(sent));
        }
        assertEquals(List.of(), hits);
        assertFalse(Admission.unknown().admitted());
    }

    @Test
    void theRightPrefixWithAWrongSecretIsUnknown() {
        ApiKey guess = new ApiKey(key.prefix(), ApiKey.generate(RANDOM).secret());

        assertEquals(Admission.unknown(), keys.admit(guess.text()));
        assertEquals(List.of(), hits);
    }

    @Test
    void aRevokedInstitutionsKeyIsUnknown() {
        hotel.revoke("admin", START);

        assertEquals(Outcome.UNKNOWN, keys.admit(key.text()).outcome());
    }

    @Test
    void aReplacedKeyIsUnknownAndTheNewOneAdmitted() {
        ApiKey next = ApiKey.generate(RANDOM);
        hotel.issue(next, START);
        byPrefix.remove(key.prefix());
        byPrefix.put(next.prefix(), hotel);

        assertEquals(Outcome.UNKNOWN, keys.admit(key.text()).outcome());
        assertEquals(Outcome.ADMITTED, keys.admit(next.text()).outcome());
    }

    @Test
    void theAllowanceUsedUpIsTooManyStillNamingTheInstitution() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Outcome.ADMITTED, keys.admit(key.text()).outcome(), "check " + (i + 1));
        }

        Admission fourth = keys.admit(key.text());

        assertEquals(new Admission(Outcome.TOO_MANY, 41, "南浔古镇酒店", InstitutionKind.HOTEL), fourth);
        assertFalse(fourth.admitted());
        assertEquals(3, hits.size(), "a refused check is not counted");
    }

    @Test
    void eachInstitutionHasAnAllowanceOfItsOwn() {
        ApiKey bankKey = ApiKey.generate(RANDOM);
        institution(42, "湖州银行", 1, bankKey);

        assertEquals(Outcome.ADMITTED, keys.admit(bankKey.text()).outcome());
        assertEquals(Outcome.TOO_MANY, keys.admit(bankKey.text()).outcome());
        assertEquals(Outcome.ADMITTED, keys.admit(key.text()).outcome());
    }

    @Test
    void aFirstUseIsRecordedAndLaterOnesOnlyWhenTheRecordIsAMinuteOld() throws Exception {
        keys.admit(key.text());
        assertEquals(List.of(41L), usesRecorded, "never used before");

        lastUsed(hotel, START);
        clock.advance(Duration.ofSeconds(59));
        keys.admit(key.text());
        assertEquals(List.of(41L), usesRecorded, "recorded less than a minute ago: no write");

        clock.advance(Duration.ofSeconds(2));
        keys.admit(key.text());
        assertEquals(List.of(41L, 41L), usesRecorded);
    }

    @Test
    void aRefusedKeyIsNotRecordedAsAUse() {
        keys.admit(new ApiKey(key.prefix(), ApiKey.generate(RANDOM).secret()).text());

        assertEquals(List.of(), usesRecorded);
    }

    private static void lastUsed(RelyingInstitution institution, Instant at) throws ReflectiveOperationException {
        Field field = RelyingInstitution.class.getDeclaredField("lastUsedAt");
        field.setAccessible(true);
        field.set(institution, at);
    }

    @Test
    void anEndpointForBanksRefusesAHotelsKeyWithoutCountingIt() {
        Admission admission = keys.admit(key.text(), institution -> new InstitutionKeys.Allowance("alarms", 20),
                EnumSet.of(InstitutionKind.BANK));

        assertEquals(Outcome.WRONG_KIND, admission.outcome());
        assertEquals(List.of(), hits, "nothing counted");
    }

    @Test
    void anAllowanceOfItsOwnIsCountedApartFromTheChecks() {
        keys.admit(key.text());
        Admission alarm = keys.admit(key.text(), institution -> new InstitutionKeys.Allowance("alarms", 20),
                EnumSet.of(InstitutionKind.HOTEL));

        assertTrue(alarm.admitted());
        assertEquals(List.of("institution-key/41/3/PT1M", "alarms/41/20/PT1M"), hits);
    }
}
