package io.jingwu.api.platform.crypto;

import org.junit.jupiter.api.Test;

import java.util.HexFormat;

import static io.jingwu.api.platform.crypto.FieldCipherTest.randomKey;
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
