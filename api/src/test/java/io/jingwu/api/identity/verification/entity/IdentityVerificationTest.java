package io.jingwu.api.identity.verification.entity;

import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.platform.i18n.Language;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdentityVerificationTest {

    private static final Instant NOW = Instant.parse("2026-12-04T08:00:00Z");

    private static IdentityVerification waitingFor(String codeHash) {
        IdentityVerification verification = new IdentityVerification("public-id", new VerifiedPerson(
                DocumentType.PASSPORT, "FA1234567", "number-hash", "KARIMOVA DILNOZA", LocalDate.of(1994, 2, 11), "UZB",
                LocalDate.of(2030, 1, 1)), "+8613900000000", "phone-hash", "330502", Language.EN, NOW);
        verification.expectCode(codeHash, NOW, Duration.ofMinutes(5));
        return verification;
    }

    @Test
    void theRightCodeWithinItsLifetimeIsAccepted() {
        assertTrue(waitingFor("right").acceptsCode("right", NOW.plus(Duration.ofMinutes(4))));
    }

    @Test
    void anExpiredCodeIsRefusedEvenWhenRight() {
        assertFalse(waitingFor("right").acceptsCode("right", NOW.plus(Duration.ofMinutes(5))));
    }

    @Test
    void fiveWrongGuessesSpendTheCode() {
        IdentityVerification verification = waitingFor("right");
        for (int guess = 0; guess < IdentityVerification.MAX_ATTEMPTS; guess++) {
            assertFalse(verification.acceptsCode("wrong", NOW));
        }
        assertFalse(verification.acceptsCode("right", NOW));
    }

    @Test
    void aNewCodeStartsAFreshCountAndTheOldOneStopsWorking() {
        IdentityVerification verification = waitingFor("first");
        for (int guess = 0; guess < IdentityVerification.MAX_ATTEMPTS; guess++) {
            verification.acceptsCode("wrong", NOW);
        }
        verification.expectCode("second", NOW.plusSeconds(30), Duration.ofMinutes(5));
        assertFalse(verification.acceptsCode("first", NOW.plusSeconds(31)));
        assertTrue(verification.acceptsCode("second", NOW.plusSeconds(32)));
    }

    @Test
    void aFinishedVerificationTakesNoMoreCodes() {
        IdentityVerification verification = waitingFor("right");
        verification.verified(NOW);
        assertFalse(verification.acceptsCode("right", NOW));
    }
}
