package io.jingwu.api.identity.credentials.control;

import io.jingwu.api.platform.crypto.TestKeyring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CredentialTokensTest {

    private static final Instant ISSUED = Instant.parse("2026-12-04T08:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-01-03T08:00:00Z");

    @BeforeEach
    void keys() {
        TestKeyring.install(key((byte) 1));
    }

    @Test
    void aGenuineTokenGivesItsCode() {
        String token = CredentialTokens.sign("K7QD9M2XPA4T", ISSUED, UNTIL);
        assertTrue(CredentialTokens.looksLikeToken(token));
        assertEquals(Optional.of("K7QD9M2XPA4T"), CredentialTokens.code(token));
    }

    @Test
    void anExpiredTokenStillNamesItsCredentialWhoseStatusSaysExpired() {
        String token = CredentialTokens.sign("K7QD9M2XPA4T", ISSUED.minusSeconds(86_400 * 60), ISSUED.minusSeconds(86_400 * 30));
        assertEquals(Optional.of("K7QD9M2XPA4T"), CredentialTokens.code(token));
    }

    @Test
    void anAlteredTokenIsRefused() {
        String token = CredentialTokens.sign("K7QD9M2XPA4T", ISSUED, UNTIL);
        String[] parts = token.split("\\.");
        String otherClaims = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1])).replace("K7QD9M2XPA4T", "ABCD9M2XPA4T").getBytes());
        assertTrue(CredentialTokens.code(parts[0] + "." + otherClaims + "." + parts[2]).isEmpty());
    }

    @Test
    void aTokenSignedWithAnotherInstallationsKeyIsRefused() {
        String token = CredentialTokens.sign("K7QD9M2XPA4T", ISSUED, UNTIL);
        TestKeyring.install(key((byte) 2));
        assertTrue(CredentialTokens.code(token).isEmpty());
    }

    @Test
    void aCodeIsNotMistakenForAToken() {
        assertFalse(CredentialTokens.looksLikeToken("K7QD-9M2X-PA4T"));
        assertTrue(CredentialTokens.code("not.a.token").isEmpty());
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }
}
