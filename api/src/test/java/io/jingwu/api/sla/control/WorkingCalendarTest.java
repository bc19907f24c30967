package io.jingwu.api.sla.control;

import io.jingwu.api.platform.time.Clocks;
import io.jingwu.api.sla.entity.Basis;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {

    private static final WorkingCalendar CHINA_2026 = ChinaCalendar.of2026();
    private static final Duration DAY = Duration.ofDays(1);

    /** Local time in Shanghai, as citizens and clerks read it. */
    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(Clocks.CHINA).toInstant();
    }

    @Test
    void anOrdinaryWeekendIsSkipped() {
        WorkingCalendar weekdaysOnly = new WorkingCalendar(Map.of());
        // Friday 2026-11-20 10:00 + 1 working day: 14 h of Friday, the weekend, 10 h of Monday.
        assertEquals(local("2026-11-23T10:00"), weekdaysOnly.plus(local("2026-11-20T10:00"), DAY, Basis.WORKING));
        assertEquals(DAY, weekdaysOnly.between(local("2026-11-20T10:00"), local("2026-11-23T10:00"), Basis.WORKING));
    }

    @Test
    void theNationalDayBlockIsSkippedAndTheSwappedSaturdayCounts() {
        // Wednesday 09-30 15:00: 9 h that day, nothing 10-01..10-07, Thu 10-08 and Fri 10-09 whole, 15 h of Sat 10-10.
        assertEquals(local("2026-10-10T15:00"),
                CHINA_2026.plus(local("2026-09-30T15:00"), Duration.ofDays(3), Basis.WORKING));
        assertTrue(CHINA_2026.isWorkingDay(java.time.LocalDate.parse("2026-10-10")), "the swapped Saturday is worked");
        assertFalse(CHINA_2026.isWorkingDay(java.time.LocalDate.parse("2026-10-05")), "a Monday inside the holiday");
    }

    @Test
    void theSpringFestivalBlockIsSkippedAndBothSwappedSaturdaysCount() {
        // Friday 02-13 12:00 + 2 working days: 12 h of Friday, all of swapped Saturday 02-14, then the holiday
        // 02-15..02-23, then 12 h of Tuesday 02-24.
        assertEquals(local("2026-02-24T12:00"),
                CHINA_2026.plus(local("2026-02-13T12:00"), Duration.ofDays(2), Basis.WORKING));
        // Friday 02-27 00:00 + 2 working days ends with swapped Saturday 02-28, at 24:00.
        assertEquals(local("2026-03-01T00:00"),
                CHINA_2026.plus(local("2026-02-27T00:00"), Duration.ofDays(2), Basis.WORKING));
        assertEquals(Duration.ofDays(2).plusHours(12),
                CHINA_2026.between(local("2026-02-13T12:00"), local("2026-02-25T00:00"), Basis.WORKING));
    }

    @Test
    void aStartInsideAHolidayCountsFromTheFirstWorkingDayAfterIt() {
        assertEquals(local("2026-10-08T04:00"),
                CHINA_2026.plus(local("2026-10-03T16:30"), Duration.ofHours(4), Basis.WORKING));
        assertEquals(Duration.ZERO, CHINA_2026.between(local("2026-10-01T08:00"), local("2026-10-07T20:00"), Basis.WORKING));
    }

    @Test
    void wallClockTimeIgnoresTheCalendar() {
        Instant start = local("2026-09-30T15:00");
        assertEquals(start.plus(Duration.ofDays(3)), CHINA_2026.plus(start, Duration.ofDays(3), Basis.WALL_CLOCK));
        assertEquals(Duration.ofDays(8), CHINA_2026.between(start, local("2026-10-08T15:00"), Basis.WALL_CLOCK));
    }

    @Test
    void theYearEndRunsIntoNextYearsNewYearHolidayAndPastTheCalendarByWeekdays() {
        WorkingCalendar china = ChinaCalendar.of2026();
        // Wednesday 2025-12-31 18:00 + 1 working day: 6 h that day, New Year 01-01..01-03, 18 h of swapped Sunday 01-04.
        assertEquals(local("2026-01-04T18:00"), china.plus(local("2025-12-31T18:00"), DAY, Basis.WORKING));
        // Thursday 2026-12-31 12:00 + 2 working days, beyond the calendar: 12 h, Fri 2027-01-01 whole, then the
        // weekend, 12 h of Monday.
        assertEquals(local("2027-01-04T12:00"), china.plus(local("2026-12-31T12:00"), Duration.ofDays(2), Basis.WORKING));
    }

    @Test
    void betweenIsNegativeBackwardsAndInvertsPlus() {
        Instant start = local("2026-09-29T09:15");
        Instant due = CHINA_2026.plus(start, Duration.ofHours(50), Basis.WORKING);
        assertEquals(Duration.ofHours(50), CHINA_2026.between(start, due, Basis.WORKING));
        assertEquals(Duration.ofHours(-50), CHINA_2026.between(due, start, Basis.WORKING));
    }
}
