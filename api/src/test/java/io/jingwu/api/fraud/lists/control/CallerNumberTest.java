package io.jingwu.api.fraud.lists.control;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CallerNumberTest {

    @Test
    void aChineseMobileIsOneValueHoweverItIsWritten() {
        for (String written : new String[] {"13800138000", "138 0013 8000", "+86 138-0013-8000", "(+86)13800138000"}) {
            CallerNumber number = CallerNumber.parse(written).orElseThrow();
            assertEquals("+8613800138000", number.normalised(), written);
            assertFalse(number.abroad());
            assertFalse(number.virtualOperator());
        }
    }

    @Test
    void shortServiceNumbersAreTheirDigitsWithOrWithoutTheCountryCode() {
        assertEquals("96110", CallerNumber.parse("96110").orElseThrow().normalised());
        assertEquals("95588", CallerNumber.parse("+86 95588").orElseThrow().normalised());
        assertTrue(CallerNumber.parse("110").orElseThrow().shortNumber());
    }

    @Test
    void aServiceLineDialledFromAbroadIsAbroadAndLooksLikeAServiceLine() {
        CallerNumber number = CallerNumber.parse("+1 95588").orElseThrow();

        assertTrue(number.abroad());
        assertTrue(number.looksLikeServiceLine());
        assertEquals("+195588", number.normalised());
    }

    @Test
    void plusZeroZeroIsAForgedDisplay() {
        CallerNumber number = CallerNumber.parse("+0095588").orElseThrow();

        assertTrue(number.plusZeroZero());
        assertEquals("95588", number.national());
    }

    @ParameterizedTest
    @ValueSource(strings = {"17012345678", "171 2345 6789", "16512345678", "16712345678", "16212345678"})
    void virtualOperatorRangesAreRecognised(String written) {
        assertTrue(CallerNumber.parse(written).orElseThrow().virtualOperator(), written);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hello", "12", "138001380001234567890123", "1380013800x", "+"})
    void whatIsNoPhoneNumberIsRefused(String text) {
        assertTrue(CallerNumber.parse(text).isEmpty(), text);
    }

    @Test
    void aLandlineKeepsItsAreaCode() {
        assertEquals("+8657122222222", CallerNumber.parse("0571-22222222").orElseThrow().normalised());
    }
}
