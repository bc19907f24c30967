package io.jingwu.api.platform.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static io.jingwu.api.platform.crypto.FieldCipherTest.randomKey;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EncryptedBytesTest {

    private final FieldCipher cipher = DataKeys.derive(randomKey()).cipher();
    private final EncryptedBytes converter = new EncryptedBytes(() -> cipher);

    @Test
    void theColumnHoldsTheSealedBytesAndTheEntityThePlainOnes() {
        byte[] image = "GPS 30.8703N 120.0933E 湖州".getBytes(StandardCharsets.UTF_8);

        byte[] column = converter.convertToDatabaseColumn(image);

        assertFalse(new String(column, StandardCharsets.ISO_8859_1).contains("GPS"));
        assertArrayEquals(image, cipher.openBytes(column));
        assertArrayEquals(image, converter.convertToEntityAttribute(column));
    }

    @Test
    void nullColumnsStayNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void plainBytesAreNotReadAsIfTheyWereEncrypted() {
        byte[] plain = new byte[64];
        Arrays.fill(plain, (byte) 0xFF);
        assertThrows(UnreadableValueException.class, () -> converter.convertToEntityAttribute(plain));
    }
}
