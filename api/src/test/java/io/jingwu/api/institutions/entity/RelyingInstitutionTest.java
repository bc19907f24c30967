package io.jingwu.api.institutions.entity;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which key opens an institution: its current one only, and none once it is revoked, which is final. */
class RelyingInstitutionTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Instant MONDAY = Instant.parse("2026-03-02T01:00:00Z");

    private final ApiKey first = ApiKey.generate(RANDOM);
    private final RelyingInstitution bank = RelyingInstitution.create("湖州银行南浔支行", InstitutionKind.BANK,
            "柜面主管 0572-3012345", 60, first, "admin", MONDAY);

    @Test
    void aNewInstitutionIsActiveAndKnowsWhoAddedIt() {
        assertTrue(bank.active());
        assertEquals("admin", bank.createdBy());
        assertEquals(MONDAY, bank.createdAt());
        assertEquals(MONDAY, bank.keyIssuedAt());
        assertEquals(first.prefix(), bank.keyPrefix());
        assertNull(bank.lastUsedAt());
    }

    @Test
    void itsOwnKeyOpensIt() {
        assertTrue(bank.opensWith(first));
        assertTrue(bank.opensWith(ApiKey.parse(first.text()).orElseThrow()));
    }

    @Test
    void aGuessedSecretWithTheRightPrefixDoesNot() {
        ApiKey guess = new ApiKey(first.prefix(), ApiKey.generate(RANDOM).secret());

        assertFalse(bank.opensWith(guess));
    }

    @Test
    void aNewKeyReplacesTheOldOneAtOnce() {
        ApiKey second = ApiKey.generate(RANDOM);
        Instant later = MONDAY.plus(Duration.ofDays(30));

        bank.issue(second, later);

        assertFalse(bank.opensWith(first));
        assertTrue(bank.opensWith(second));
        assertEquals(second.prefix(), bank.keyPrefix());
        assertEquals(later, bank.keyIssuedAt());
    }

    @Test
    void aRevokedInstitutionOpensWithNothingAndKeepsTheFirstRevocationOnRecord() {
        Instant revoked = MONDAY.plus(Duration.ofHours(2));

        bank.revoke("li.admin", revoked);
        bank.revoke("other.admin", revoked.plus(Duration.ofHours(1)));

        assertFalse(bank.opensWith(first));
        assertFalse(bank.active());
        assertEquals("li.admin", bank.revokedBy());
        assertEquals(revoked, bank.revokedAt());
    }

    @Test
    void revocationIsFinal() {
        bank.revoke("admin", MONDAY);

        assertThrows(IllegalStateException.class, () -> bank.issue(ApiKey.generate(RANDOM), MONDAY));
        assertThrows(IllegalStateException.class, () -> bank.describe("新名称", InstitutionKind.OTHER, null, 10));
        assertFalse(bank.opensWith(first));
        assertEquals("湖州银行南浔支行", bank.name());
    }

    @Test
    void aFirstUseIsAlwaysDueForRecording() {
        assertTrue(bank.lastUsedBefore(MONDAY));
    }
}
