package io.jingwu.api.identity.verification.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VerificationRulesTest {

    @Test
    void keepsANameAsItIsWrittenOnTheDocument() {
        assertEquals("王晓明", VerificationRules.asWritten(" 王 晓明 "));
        assertEquals("阿卜杜·艾买提", VerificationRules.asWritten("阿卜杜·艾买提"));
        assertEquals("KARIMOVA DILNOZA", VerificationRules.asWritten("KARIMOVA   DILNOZA"));
        assertNull(VerificationRules.asWritten("   "));
    }
}
