package io.jingwu.api.platform.crypto;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** Stored lookup hashes and text fingerprints were made with javax.crypto.Mac: the same bits must come out. */
class KeyedHashTest {

    @Test
    void givesHmacSha256BitForBitWhateverTheKeyAndMessageLength() throws GeneralSecurityException {
        for (int keyLength : new int[] {32, 63, 64, 65, 100}) {
            byte[] key = new byte[keyLength];
            for (int i = 0; i < keyLength; i++) {
                key[i] = (byte) (i * 31 + keyLength);
            }
            KeyedHash hash = new KeyedHash(key);
            for (String message : List.of("", "织里", "phone\u0000+8613912345678", "x".repeat(55), "y".repeat(200))) {
                byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
                assertArrayEquals(mac(key, bytes), hash.of(bytes), keyLength + " bytes of key: " + message);
                assertArrayEquals(mac(key, bytes), hash.of(bytes), "the same again: nothing carried over");
            }
        }
    }

    static byte[] mac(byte[] key, byte[] message) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(message);
    }
}
