package io.jingwu.api.platform.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldCipherTest {

    private final FieldCipher cipher = DataKeys.derive(randomKey()).cipher();

    @Test
    void whatIsSealedOpensToTheSameText() {
        for (String text : new String[]{"王小明", "𠮷田 花子", "+8613800138000", "", "房东不退押金 😠，已经拖了两个月。",
                "{\"plate\":\"浙E·12345\"}", "x".repeat(20_000)}) {
            assertEquals(text, cipher.open(cipher.seal(text)));
        }
    }

    @Test
    void nullStaysNull() {
        assertNull(cipher.seal(null));
        assertNull(cipher.open(null));
    }

    @Test
    void theSameTextNeverSealsTheSameWay() {
        Set<String> sealed = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            sealed.add(cipher.seal("+8613800138000"));
        }
        assertEquals(1000, sealed.size(), "equal phones must not be recognisable in the database");
    }

    @Test
    void theSealedFormIsAsciiAndShowsTheTextInNoEncoding() {
        String text = "Zebulon Quartermaine 13912345678";
        String sealed = cipher.seal(text);

        assertTrue(sealed.chars().allMatch(c -> c < 128), sealed);
        byte[] raw = Base64.getDecoder().decode(sealed);
        String rawText = new String(raw, StandardCharsets.ISO_8859_1);
        assertFalse(rawText.contains("Zebulon") || rawText.contains("13912345678"));
        assertFalse(sealed.contains("Zebulon") || sealed.contains("13912345678"));
        assertFalse(sealed.contains(Base64.getEncoder().encodeToString("Zebulon".getBytes(StandardCharsets.UTF_8))
                .substring(0, 8)));
        assertFalse(HexFormat.of().formatHex(raw).contains(HexFormat.of().formatHex("Zebulon".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theFormatIsVersionIvCiphertextAndTag() {
        byte[] raw = Base64.getDecoder().decode(cipher.seal("王小明"));

        assertEquals(FieldCipher.VERSION, raw[0]);
        assertEquals(1 + 12 + "王小明".getBytes(StandardCharsets.UTF_8).length + 16, raw.length);
    }

    @Test
    void anyChangedByteIsDetectedInsteadOfGivingWrongText() {
        String sealed = cipher.seal("李秀英 13912345678");
        byte[] raw = Base64.getDecoder().decode(sealed);
        for (int i = 0; i < raw.length; i++) {
            byte[] tampered = raw.clone();
            tampered[i] ^= 0x01;
            String changed = Base64.getEncoder().encodeToString(tampered);
            assertThrows(UnreadableValueException.class, () -> cipher.open(changed), "byte " + i);
        }
    }

    @Test
    void aTruncatedValueIsRefused() {
        String sealed = cipher.seal("李秀英");
        byte[] raw = Base64.getDecoder().decode(sealed);
        byte[] shorter = java.util.Arrays.copyOf(raw, raw.length - 1);

        assertThrows(UnreadableValueException.class, () -> cipher.open(Base64.getEncoder().encodeToString(shorter)));
    }

    @Test
    void aValueSealedWithAnotherKeyIsRefused() {
        FieldCipher other = DataKeys.derive(randomKey()).cipher();
        String sealed = other.seal("王小明");

        UnreadableValueException refused = assertThrows(UnreadableValueException.class, () -> cipher.open(sealed));
        assertTrue(refused.getMessage().contains("another key"), refused.getMessage());
        assertFalse(refused.getMessage().contains("王小明"));
    }

    @Test
    void plainTextIsNotTakenForASealedValue() {
        for (String plain : new String[]{"王小明", "+8613800138000", "Anna Smith", "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo="}) {
            assertThrows(UnreadableValueException.class, () -> cipher.open(plain), plain);
        }
    }

    @Test
    void theSameKeyOpensWhatAnotherInstanceSealed() {
        byte[] key = randomKey();
        String sealed = DataKeys.derive(key).cipher().seal("陈伟");

        assertEquals("陈伟", DataKeys.derive(key.clone()).cipher().open(sealed));
        assertNotEquals("陈伟", sealed);
    }

    @Test
    void bytesSealInTheSameFormatAndOpenToTheSameBytes() {
        byte[] image = new byte[70_000];
        new SecureRandom().nextBytes(image);

        byte[] sealed = cipher.sealBytes(image);

        assertEquals(FieldCipher.VERSION, sealed[0]);
        assertEquals(1 + 12 + image.length + 16, sealed.length);
        assertTrue(java.util.Arrays.equals(image, cipher.openBytes(sealed)));
        assertFalse(java.util.Arrays.equals(sealed, cipher.sealBytes(image)), "a fresh IV every time");
        assertEquals("王小明", new String(cipher.openBytes(Base64.getDecoder().decode(cipher.seal("王小明"))),
                StandardCharsets.UTF_8), "text and bytes share one format");
        assertNull(cipher.sealBytes(null));
        assertNull(cipher.openBytes(null));
    }

    @Test
    void changedOrForeignBytesAreRefused() {
        byte[] sealed = cipher.sealBytes("\u00ff\u00d8 pretend image".getBytes(StandardCharsets.UTF_8));
        byte[] tampered = sealed.clone();
        tampered[sealed.length / 2] ^= 0x40;

        assertThrows(UnreadableValueException.class, () -> cipher.openBytes(tampered));
        assertThrows(UnreadableValueException.class, () -> DataKeys.derive(randomKey()).cipher().openBytes(sealed));
        assertThrows(UnreadableValueException.class, () -> cipher.openBytes(new byte[]{1, 2, 3}));
    }

    static byte[] randomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
