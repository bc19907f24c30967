package io.jingwu.api.fraud.warnings.entity;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarningAreaTest {

    private static final WarningArea HUZHOU = new WarningArea("330500", "3305");
    private static final WarningArea CHANGXING = new WarningArea("330522", "330522");

    @Test
    void aCityCoversEveryCountyUnderItAndACountyOnlyItself() {
        assertTrue(HUZHOU.covers("330522"));
        assertTrue(HUZHOU.covers("330502"));
        assertFalse(HUZHOU.covers("330109"));
        assertTrue(CHANGXING.covers("330522"));
        assertFalse(CHANGXING.covers("330523"));
        assertFalse(CHANGXING.covers(null));
    }

    @Test
    void anAreaLiesWithinAJurisdictionThatHoldsAllOfIt() {
        assertTrue(HUZHOU.within(List.of("3305")));
        assertTrue(CHANGXING.within(List.of("3301", "3305")));
        assertTrue(HUZHOU.within(List.of("33")), "a provincial centre");
        assertFalse(HUZHOU.within(List.of("330522")), "a county's centre may not warn the whole city");
        assertFalse(HUZHOU.within(List.of("3301")));
        assertFalse(HUZHOU.within(List.of()), "no centre, no area");
        assertTrue(HUZHOU.within(List.of("")), "a national centre: its empty prefix is the whole country");
    }

    @Test
    void theCodeStartsWithItsPrefix() {
        assertThrows(IllegalArgumentException.class, () -> new WarningArea("330500", "3301"));
        assertThrows(IllegalArgumentException.class, () -> new WarningArea("3305", "3305"));
    }
}
