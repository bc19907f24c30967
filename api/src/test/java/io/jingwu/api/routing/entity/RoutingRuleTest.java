package io.jingwu.api.routing.entity;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoutingRuleTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    private static RoutingRule rule(String type, String category, String prefix) {
        return new RoutingRule(type, category, prefix, null, NOW);
    }

    private static RoutingRule winner(List<RoutingRule> rules, String type, String category, String division) {
        return rules.stream().filter(r -> r.matches(type, category, division))
                .min(RoutingRule.MOST_SPECIFIC_FIRST).orElseThrow();
    }

    @Test
    void emptyMeansAny() {
        RoutingRule catchAll = rule("", "", "");
        assertTrue(catchAll.isFallback());
        assertTrue(catchAll.matches("DISPUTE", "", "110105"));
        assertTrue(rule("DISPUTE", null, "3305").matches("DISPUTE", "family", "330502100"));
        assertFalse(rule("DISPUTE", "", "3305").matches("INCIDENT", "", "330502"));
        assertFalse(rule("DISPUTE", "family", "").matches("DISPUTE", "tenancy", "330502"));
        assertFalse(rule("", "", "3305").matches("DISPUTE", "", "330402"));
    }

    @Test
    void theLongestDivisionPrefixWinsFirst() {
        List<RoutingRule> rules = List.of(rule("", "", ""), rule("DISPUTE", "family", "3305"),
                rule("", "", "330502100"), rule("DISPUTE", "", "330502"));
        assertEquals("330502100", winner(rules, "DISPUTE", "family", "330502100").divisionPrefix());
        assertEquals("330502", winner(rules, "DISPUTE", "family", "330502001").divisionPrefix());
    }

    @Test
    void thenANamedCategoryThenANamedType() {
        RoutingRule byCategory = rule("", "family", "330502");
        RoutingRule byType = rule("DISPUTE", "", "330502");
        RoutingRule byBoth = rule("DISPUTE", "family", "330502");
        assertEquals(byCategory, winner(List.of(byType, byCategory), "DISPUTE", "family", "330502"));
        assertEquals(byBoth, winner(List.of(byType, byCategory, byBoth), "DISPUTE", "family", "330502"));
        assertEquals(byType, winner(List.of(byType, byCategory, rule("", "", "330502")), "DISPUTE", "tenancy", "330502"));
    }

    @Test
    void orderDoesNotMatter() {
        List<RoutingRule> rules = List.of(rule("", "", ""), rule("DISPUTE", "", "3305"), rule("DISPUTE", "", "330502"),
                rule("", "wages", "3305"), rule("INCIDENT", "", "330502100"));
        RoutingRule expected = winner(rules, "DISPUTE", "wages", "330502100");
        Stream.of(List.of(rules.get(4), rules.get(3), rules.get(2), rules.get(1), rules.get(0)), List.of(rules.get(2), rules.get(0), rules.get(4), rules.get(1), rules.get(3)))
                .forEach(shuffled -> assertEquals(expected, winner(shuffled, "DISPUTE", "wages", "330502100")));
        assertEquals("330502", expected.divisionPrefix());
    }
}
