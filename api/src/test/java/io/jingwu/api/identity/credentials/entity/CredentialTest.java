package io.jingwu.api.identity.credentials.entity;

import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialTest {

    private static final Instant ISSUED = Instant.parse("2026-12-04T08:00:00Z");
    private static final Instant UNTIL = ISSUED.plus(Duration.ofDays(30));

    private static Credential credential() {
        return new Credential(1, "K7QD9M2XPA4T", "code-hash", "holder-hash", "number-hash", "KARIMOVA DILNOZA",
                "+8613800138005", "UZB", "PASSPORT", VerificationLevel.REGISTRY_PHONE_REALNAME, Language.RU, ISSUED, UNTIL);
    }

    @Test
    void isValidUntilTheMomentItExpires() {
        assertEquals(CredentialStatus.VALID, credential().status(ISSUED));
        assertEquals(CredentialStatus.VALID, credential().status(UNTIL.minusMillis(1)));
        assertEquals(CredentialStatus.EXPIRED, credential().status(UNTIL));
    }

    @Test
    void aRevokedCredentialSaysSoEvenAfterItWouldHaveExpired() {
        Credential credential = credential();
        credential.revoke(RevocationReason.HOLDER, ISSUED.plusSeconds(60));
        assertEquals(CredentialStatus.REVOKED, credential.status(ISSUED.plusSeconds(61)));
        assertEquals(CredentialStatus.REVOKED, credential.status(UNTIL.plusSeconds(1)));
    }

    @Test
    void revokingAgainKeepsTheFirstTimeAndReason() {
        Credential credential = credential();
        assertTrue(credential.revoke(RevocationReason.HOLDER, ISSUED.plusSeconds(60)));
        assertFalse(credential.revoke(RevocationReason.SUPERSEDED, ISSUED.plusSeconds(120)), "nobody is told twice");
        assertEquals(RevocationReason.HOLDER, credential.revokedBecause());
        assertEquals(ISSUED.plusSeconds(60), credential.revokedAt());
    }
}
