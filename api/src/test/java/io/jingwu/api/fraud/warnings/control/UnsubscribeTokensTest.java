package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.identity.credentials.control.CredentialTokens;
import io.jingwu.api.platform.crypto.TestKeyring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnsubscribeTokensTest {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    @BeforeEach
    void keys() {
        TestKeyring.install(key((byte) 7));
    }

    @Test
    void aGenuineTokenNamesItsSubscription() {
        assertEquals(Optional.of("Ab3_x-9QzT0k"), UnsubscribeTokens.tokenId(UnsubscribeTokens.sign("Ab3_x-9QzT0k")));
    }

    @Test
    void everyTokenIsAsLongSoALinkCanBeMeasuredBeforeItIsSent() {
        assertEquals(UnsubscribeTokens.sign("AAAAAAAAAAAA").length(), UnsubscribeTokens.sign("z-_9QzT0kAb3").length());
    }

    @Test
    void aTokenMadeToNameAnotherSubscriptionIsRefused() {
        String[] parts = UnsubscribeTokens.sign("Ab3_x-9QzT0k").split("\\.");
        String otherClaims = URL.encodeToString("{\"sub\":\"OtherSubscr1\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), UnsubscribeTokens.tokenId(parts[0] + "." + otherClaims + "." + parts[2]));
    }

    @Test
    void aTokenWithAnAlteredSignatureIsRefused() {
        String token = UnsubscribeTokens.sign("Ab3_x-9QzT0k");
        char last = token.charAt(token.length() - 2);
        String altered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        assertEquals(Optional.empty(), UnsubscribeTokens.tokenId(altered));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String header = URL.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));
        String claims = URL.encodeToString("{\"sub\":\"Ab3_x-9QzT0k\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), UnsubscribeTokens.tokenId(header + "." + claims + "."));
    }

    @Test
    void aTokenSignedWithAnotherInstallationsKeyIsRefused() {
        String token = UnsubscribeTokens.sign("Ab3_x-9QzT0k");
        TestKeyring.install(key((byte) 8));
        assertEquals(Optional.empty(), UnsubscribeTokens.tokenId(token));
    }

    @Test
    void aTokenSignedForAnotherPurposeIsRefused() {
        String credential = CredentialTokens.sign("K7QD9M2XPA4T", Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-31T00:00:00Z"));
        assertTrue(UnsubscribeTokens.tokenId(credential).isEmpty());
    }

    @Test
    void nothingButATokenIsReadAsOne() {
        assertEquals(Optional.empty(), UnsubscribeTokens.tokenId(null));
        assertEquals(Optional.empty(), UnsubscribeTokens.tokenId(" "));
        assertEquals(Optional.empty(), UnsubscribeTokens.tokenId("not.a.token"));
        assertThrows(IllegalArgumentException.class, () -> UnsubscribeTokens.sign("short"));
    }

    private static byte[] key(byte fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, fill);
        return key;
    }
}
