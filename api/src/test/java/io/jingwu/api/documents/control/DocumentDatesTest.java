package io.jingwu.api.documents.control;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DocumentDatesTest {

    @Test
    void aBirthYearAfterThisYearsTwoDigitsIsOfTheLastCentury() {
        LocalDate today = LocalDate.of(2026, 1, 15);

        assertEquals(2026, DocumentDates.birthYear(26, today));
        assertEquals(1927, DocumentDates.birthYear(27, today));
        assertEquals(2000, DocumentDates.birthYear(0, today));
        assertEquals(1999, DocumentDates.birthYear(99, today));
        assertEquals(2027, DocumentDates.birthYear(27, LocalDate.of(2030, 6, 1)));
    }

    @Test
    void expiryYearsAreAlwaysOfThisCentury() {
        assertEquals(2099, DocumentDates.expiryYear(99));
        assertEquals(LocalDate.of(2012, 4, 15), DocumentDates.expiryDate("120415").orElseThrow());
        assertEquals(LocalDate.of(2096, 12, 10), DocumentDates.expiryDate("961210").orElseThrow());
    }

    @Test
    void onlyRealDaysAreDates() {
        LocalDate today = LocalDate.of(2026, 1, 15);

        assertTrue(DocumentDates.birthDate("740231", today).isEmpty());
        assertTrue(DocumentDates.birthDate("74O812", today).isEmpty());
        assertTrue(DocumentDates.fullDate("19000229").isEmpty());
        assertEquals(LocalDate.of(2000, 2, 29), DocumentDates.fullDate("20000229").orElseThrow());
    }

    @Test
    void todayIsTheDayInChina() {
        Clock lateEveningUtc = Clock.fixed(Instant.parse("2026-03-01T17:00:00Z"), ZoneOffset.UTC);

        assertEquals(LocalDate.of(2026, 3, 2), DocumentDates.today(lateEveningUtc));
    }
}
