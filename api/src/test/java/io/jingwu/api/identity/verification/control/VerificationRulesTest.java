package io.jingwu.api.identity.verification.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class VerificationRulesTest {

    @Test
    void aChineseNameTypedWithSpacesIsKeptWithout() {
        assertEquals("王晓明", VerificationRules.typedName(" 王 晓明 "));
        assertEquals("王晓明", VerificationRules.typedName("王\u3000晓 明"));
    }

    @Test
    void otherNamesKeepOneSpaceBetweenTheirWords() {
        assertEquals("KARIMOVA DILNOZA", VerificationRules.typedName("KARIMOVA   DILNOZA"));
        assertEquals("阿卜杜·艾买提", VerificationRules.typedName("阿卜杜·艾买提"));
        assertEquals("Anna 王", VerificationRules.typedName("Anna  王"));
    }
}
