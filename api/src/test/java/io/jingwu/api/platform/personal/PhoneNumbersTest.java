package io.jingwu.api.platform.personal;

import io.jingwu.api.platform.personal.PhoneNumbers;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource({
            "13800138000, +8613800138000",
            "138 0013 8000, +8613800138000",
            "+86-138-0013-8000, +8613800138000",
            "0572-2222222, +865722222222",
            "+44 20 7946 0018, +442079460018"
    })
    void normalisesValidNumbersToE164(String typed, String e164) {
        assertEquals(e164, PhoneNumbers.normalise(typed).orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1380013800", "abc", "138001380001234567890123456789012345"})
    void refusesWhatCannotBeCalled(String typed) {
        assertTrue(PhoneNumbers.normalise(typed).isEmpty(), typed);
    }
}
