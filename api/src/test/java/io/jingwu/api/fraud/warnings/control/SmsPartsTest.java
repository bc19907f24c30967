package io.jingwu.api.fraud.warnings.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SmsPartsTest {

    @Test
    void aTextOfTheGsmAlphabetTakes160CharactersAloneAnd153APartBeyond() {
        assertEquals(1, SmsParts.of(""));
        assertEquals(1, SmsParts.of("a".repeat(160)));
        assertEquals(2, SmsParts.of("a".repeat(161)));
        assertEquals(2, SmsParts.of("a".repeat(306)));
        assertEquals(3, SmsParts.of("a".repeat(307)));
    }

    @Test
    void extensionCharactersCountTwice() {
        assertEquals(1, SmsParts.of("€".repeat(80)));
        assertEquals(2, SmsParts.of("€".repeat(81)));
        assertEquals(2, SmsParts.of("[" + "a".repeat(159)));
    }

    @Test
    void chineseAndCyrillicTextsTake70CharactersAloneAnd67APartBeyond() {
        assertEquals(1, SmsParts.of("骗".repeat(70)));
        assertEquals(2, SmsParts.of("骗".repeat(71)));
        assertEquals(2, SmsParts.of("ж".repeat(134)));
        assertEquals(3, SmsParts.of("ж".repeat(135)));
    }

    @Test
    void oneCharacterOutsideTheGsmAlphabetSendsTheWholeTextAsUcs2() {
        String english = "a".repeat(100);
        assertEquals(1, SmsParts.of(english));
        assertEquals(2, SmsParts.of(english + "’"), "a typographic apostrophe is not in the GSM alphabet");
        assertEquals(2, SmsParts.of(english + "骗"));
    }

    @Test
    void aCharacterBeyondTheBasicPlaneCountsTwiceInUcs2() {
        assertEquals(1, SmsParts.of("𠮷".repeat(35)));
        assertEquals(2, SmsParts.of("𠮷".repeat(36)));
    }

    @Test
    void sayHowFarATextIsOverWhatSoManyPartsHold() {
        assertEquals(0, SmsParts.overBy("a".repeat(160), 1));
        assertEquals(1, SmsParts.overBy("a".repeat(161), 1));
        assertEquals(-5, SmsParts.overBy("骗".repeat(330), 5));
        assertEquals(10, SmsParts.overBy("骗".repeat(345), 5));
    }
}
