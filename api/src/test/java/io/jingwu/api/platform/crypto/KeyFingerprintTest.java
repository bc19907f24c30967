package io.jingwu.api.platform.crypto;

import io.jingwu.api.platform.crypto.KeyFingerprint.WrongKeyException;
import org.junit.jupiter.api.Test;

import static io.jingwu.api.platform.crypto.FieldCipherTest.randomKey;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KeyFingerprintTest {

    @Test
    void theKeyTheDataWasEncryptedWithMayStart() {
        byte[] key = randomKey();
        String recorded = DataKeys.derive(key).fingerprint();

        assertDoesNotThrow(() -> KeyFingerprint.requireMatch("jingwu.crypto.key", recorded,
                DataKeys.derive(key.clone()).fingerprint()));
    }

    @Test
    void anotherKeyIsRefusedWithOneLineSayingSo() {
        String recorded = DataKeys.derive(randomKey()).fingerprint();
        String configured = DataKeys.derive(randomKey()).fingerprint();

        WrongKeyException refused = assertThrows(WrongKeyException.class,
                () -> KeyFingerprint.requireMatch("jingwu.crypto.key", recorded, configured));

        String message = refused.getMessage();
        assertTrue(message.contains("jingwu.crypto.key") && message.contains("JINGWU_CRYPTO_KEY"), message);
        assertTrue(message.contains("is not the one the data in this database was encrypted with"), message);
        assertTrue(message.contains(recorded.substring(0, 12)) && message.contains(configured.substring(0, 12)), message);
        assertFalse(message.contains("\n"), message);
        assertFalse(message.contains(recorded), "a short form is enough to tell keys apart: " + message);
    }

    @Test
    void fingerprintsDifferingOnlyInTheirLastDigitAreDifferentKeys() {
        String recorded = DataKeys.derive(randomKey()).fingerprint();
        String almost = recorded.substring(0, 63) + (recorded.charAt(63) == '0' ? '1' : '0');

        assertThrows(WrongKeyException.class, () -> KeyFingerprint.requireMatch("jingwu.crypto.key", recorded, almost));
    }
}
