package io.jingwu.api.statistics.control;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StatisticsScopeTest {

    /** 2026-10-31 23:30 in UTC is already 1 November in China. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-31T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void withoutDatesTheLast30DaysUpToTodayInChina() {
        StatisticsScope scope = StatisticsScope.parse(null, " ", null, "", CLOCK);

        assertEquals(LocalDate.of(2026, 11, 1), scope.to());
        assertEquals(LocalDate.of(2026, 10, 3), scope.from(), "30 days, both ends included");
        assertEquals(Optional.empty(), scope.unitCode());
        assertEquals(Optional.empty(), scope.divisionPrefix());
    }

    @Test
    void onlyAnEndMeansThe30DaysBeforeIt() {
        StatisticsScope scope = StatisticsScope.parse(null, "2026-03-31", null, null, CLOCK);

        assertEquals(LocalDate.of(2026, 3, 2), scope.from());
    }

    @Test
    void theDaysAreChinasDaysStoredAsUtc() {
        StatisticsScope scope = StatisticsScope.parse("2026-10-01", "2026-10-31", " HUZ-ZL-LIVELIHOOD ", "3305", CLOCK);

        assertEquals(LocalDateTime.of(2026, 9, 30, 16, 0), scope.startUtc());
        assertEquals(LocalDateTime.of(2026, 10, 31, 16, 0), scope.endUtc(), "the first instant after 31 October");
        assertEquals(Optional.of("HUZ-ZL-LIVELIHOOD"), scope.unitCode());
        assertEquals(Optional.of("3305"), scope.divisionPrefix());
    }

    @Test
    void aWholeLeapYearIsTheLongestPeriod() {
        assertEquals(LocalDate.of(2028, 12, 31),
                StatisticsScope.parse("2028-01-01", "2028-12-31", null, null, CLOCK).to());

        List<FieldError> errors = refused("2028-01-01", "2029-01-01", null);
        assertEquals("from", errors.get(0).field());
        assertEquals("A period can be at most 366 days long; this one has 367.", errors.get(0).message(Language.EN));
    }

    @Test
    void everyBadParameterIsNamedInBothLanguages() {
        List<FieldError> errors = refused("2026-13-01", "31.10.2026", "33a5");

        assertEquals(List.of("from", "to", "division"), errors.stream().map(FieldError::field).toList());
        assertEquals("\"2026-13-01\" is not a date: write it as YYYY-MM-DD, e.g. 2026-10-01.",
                errors.get(0).message(Language.EN));
        assertEquals("“31.10.2026”不是日期，请按 YYYY-MM-DD 填写，例如 2026-10-01。", errors.get(1).message(Language.ZH));
        assertEquals("\"33a5\" is not a division code prefix: use 1 to 9 digits, e.g. 3305.",
                errors.get(2).message(Language.EN));
    }

    @Test
    void aDivisionPrefixIsAtMostNineDigits() {
        assertEquals("division", refused(null, null, "3305021001").get(0).field());
        assertEquals("division", refused(null, null, "%").get(0).field());
    }

    @Test
    void aPeriodCannotEndBeforeItStarts() {
        List<FieldError> errors = refused("2026-10-31", "2026-10-01", null);

        assertEquals("from", errors.get(0).field());
        assertEquals("开始日期（2026-10-31）晚于结束日期（2026-10-01）。", errors.get(0).message(Language.ZH));
    }

    private static List<FieldError> refused(String from, String to, String division) {
        return assertThrows(InvalidInputException.class,
                () -> StatisticsScope.parse(from, to, null, division, CLOCK)).errors();
    }
}
