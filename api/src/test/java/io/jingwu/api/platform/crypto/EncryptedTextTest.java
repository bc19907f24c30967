package io.jingwu.api.platform.crypto;

import org.junit.jupiter.api.Test;

import static io.jingwu.api.platform.crypto.FieldCipherTest.randomKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class EncryptedTextTest {

    private final FieldCipher cipher = DataKeys.derive(randomKey()).cipher();
    private final EncryptedText converter = new EncryptedText(() -> cipher);

    @Test
    void theColumnHoldsTheSealedFormAndTheEntityTheText() {
        String column = converter.convertToDatabaseColumn("𠮷田 花子");

        assertFalse(column.contains("花子"));
        assertEquals("𠮷田 花子", cipher.open(column));
        assertEquals("𠮷田 花子", converter.convertToEntityAttribute(column));
    }

    @Test
    void nullColumnsStayNull() {
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }

    @Test
    void aPlainTextColumnIsNotReadAsIfItWereEncrypted() {
        assertThrows(UnreadableValueException.class, () -> converter.convertToEntityAttribute("王小明"));
    }

    @Test
    void sealedFormsFitTheWidenedColumns() {
        // V6: contact_name VARCHAR(1000) for 50 characters, address VARCHAR(2000) for 300, phone VARCHAR(200)
        assertFits(converter.convertToDatabaseColumn("𠮷".repeat(50)), 1000);
        assertFits(converter.convertToDatabaseColumn("𠮷".repeat(300)), 2000);
        assertFits(converter.convertToDatabaseColumn("+" + "9".repeat(31)), 200);
    }

    private static void assertFits(String sealed, int width) {
        assertFalse(sealed.length() > width, sealed.length() + " > " + width);
    }
}
