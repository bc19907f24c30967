package io.jingwu.api.sla.control;

import io.jingwu.api.sla.entity.DayKind;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The 2026 official schedule (国办发明电〔2025〕7号), as migration V15 seeds it, for tests without a database. */
final class ChinaCalendar {

    private ChinaCalendar() {
    }

    static WorkingCalendar of2026() {
        Map<LocalDate, DayKind> days = new HashMap<>();
        holidays(days, "2026-01-01", "2026-01-03");
        days.put(LocalDate.parse("2026-01-04"), DayKind.WORKDAY);
        days.put(LocalDate.parse("2026-02-14"), DayKind.WORKDAY);
        holidays(days, "2026-02-15", "2026-02-23");
        days.put(LocalDate.parse("2026-02-28"), DayKind.WORKDAY);
        holidays(days, "2026-04-04", "2026-04-06");
        holidays(days, "2026-05-01", "2026-05-05");
        days.put(LocalDate.parse("2026-05-09"), DayKind.WORKDAY);
        holidays(days, "2026-06-19", "2026-06-21");
        days.put(LocalDate.parse("2026-09-20"), DayKind.WORKDAY);
        holidays(days, "2026-09-25", "2026-09-27");
        holidays(days, "2026-10-01", "2026-10-07");
        days.put(LocalDate.parse("2026-10-10"), DayKind.WORKDAY);
        return new WorkingCalendar(days);
    }

    private static void holidays(Map<LocalDate, DayKind> days, String first, String last) {
        for (LocalDate day = LocalDate.parse(first); !day.isAfter(LocalDate.parse(last)); day = day.plusDays(1)) {
            days.put(day, DayKind.HOLIDAY);
        }
    }
}
