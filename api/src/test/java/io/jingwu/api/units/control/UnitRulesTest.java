package io.jingwu.api.units.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class UnitRulesTest {

    @Test
    void aShortPrefixStandsForItsProvinceOrPrefecture() {
        assertEquals("330000", UnitRules.divisionCode("33"));
        assertEquals("330500", UnitRules.divisionCode("3305"));
        assertEquals("330502", UnitRules.divisionCode("330502"));
        assertEquals("330502100", UnitRules.divisionCode("330502100"));
    }
}
