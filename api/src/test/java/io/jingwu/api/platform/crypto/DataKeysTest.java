package io.jingwu.api.platform.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import static io.jingwu.api.platform.crypto.FieldCipherTest.randomKey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DataKeysTest {

    @Test
    void theFingerprintRecognisesTheKeyAndNothingElse() {
        byte[] key = randomKey();

        assertEquals(DataKeys.derive(key).fingerprint(), DataKeys.derive(key.clone()).fingerprint());
        assertNotEquals(DataKeys.derive(key).fingerprint(), DataKeys.derive(randomKey()).fingerprint());
        assertTrue(DataKeys.derive(key).fingerprint().matches("[0-9a-f]{64}"));
        assertFalse(DataKeys.derive(key).fingerprint().contains(HexFormat.of().formatHex(key).substring(0, 16)));
    }

    @Test
    void lookupHashesAreStableForOneKeyAndDifferPerKeyAndPurpose() {
        byte[] key = randomKey();
        DataKeys keys = DataKeys.derive(key);

        String hash = keys.lookupHash("phone", "+8613912345678");
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
        assertEquals(hash, DataKeys.derive(key.clone()).lookupHash("phone", "+8613912345678"));
        assertNotEquals(hash, keys.lookupHash("phone", "+8613912345679"));
        assertNotEquals(hash, keys.lookupHash("idNumber", "+8613912345678"));
        assertNotEquals(hash, DataKeys.derive(randomKey()).lookupHash("phone", "+8613912345678"));
    }

    @Test
    void lookupHashesStayThoseAlreadyStored() throws GeneralSecurityException {
        byte[] key = randomKey();
        byte[] lookupKey = KeyedHashTest.mac(key, bytes("jingwu/personal-data/lookup-hmac-sha256/v1"));

        assertEquals(HexFormat.of().formatHex(KeyedHashTest.mac(lookupKey, bytes("phone\u0000+8613912345678"))),
                DataKeys.derive(key).lookupHash("phone", "+8613912345678"));
        assertArrayEquals(KeyedHashTest.mac(lookupKey, bytes("purpose\u0000repeats/simhash-features/v1")),
                DataKeys.derive(key).purposeKey("repeats/simhash-features/v1"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void logsAndDebuggersSeeNoKeyMaterial() {
        byte[] key = randomKey();
        DataKeys keys = DataKeys.derive(key);

        assertFalse(keys.toString().contains(keys.fingerprint()), keys.toString());
        assertFalse(keys.toString().contains(HexFormat.of().formatHex(key).substring(0, 8)), keys.toString());
        assertTrue(keys.toString().contains(keys.fingerprint().substring(0, 8)), keys.toString());
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> DataKeys.derive(new byte[16]));
        assertThrows(IllegalArgumentException.class, () -> DataKeys.derive(null));
    }
}
