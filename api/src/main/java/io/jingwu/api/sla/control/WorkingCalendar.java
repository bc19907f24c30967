package io.jingwu.api.sla.control;

import io.jingwu.api.platform.time.Clocks;
import io.jingwu.api.sla.entity.Basis;
import io.jingwu.api.sla.entity.DayKind;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Objects;

/**
 * Deadline arithmetic in working time or wall-clock time, over the calendar days it is given (pure logic, no
 * database).
 *
 * <p>A day is a working day if the calendar marks it {@link DayKind#WORKDAY} (a weekend day worked, 调休), or if
 * it is a Monday to Friday the calendar does not mark {@link DayKind#HOLIDAY}; days beyond the calendar follow the
 * weekday rule alone. Days are those of Asia/Shanghai. Working time is the time that falls on working days, whole
 * days from 00:00 to 24:00 local: service offices work shifts, and counting whole days keeps a promise of "3
 * working days" the same as 3 x 24 hours of working days, whatever the hour it was made.
 *
 * <p>So {@link #plus} in working time counts on from the start while it is on a working day, skips non-working
 * days whole, and goes on at 00:00 of the next working day. A start inside a holiday counts from 00:00 of the
 * first working day after it. An amount used up exactly at the end of a working day ends at 24:00, which is
 * 00:00 of the next calendar day, even if that day is a holiday. Example: 3 working days from Wednesday
 * 2026-09-30 15:00 are 9 hours of that Wednesday, nothing of the National Day holiday (10-01 to 10-07), 24 hours
 * each of Thursday 10-08 and Friday 10-09, and the last 15 hours of the swapped working Saturday 10-10: due
 * Saturday 2026-10-10 15:00.
 *
 * <p>In wall-clock time both operations ignore the calendar.
 */
public final class WorkingCalendar {


    /** A stop against runaway loops: no promise spans more than this many days. */
    private static final int MAX_DAYS = 3660;

    private final Map<LocalDate, DayKind> exceptions;

    /** @param exceptions the days that break the weekday rule */
    public WorkingCalendar(Map<LocalDate, DayKind> exceptions) {
        this.exceptions = Map.copyOf(exceptions);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayKind kind = exceptions.get(day);
        if (kind != null) {
            return kind == DayKind.WORKDAY;
        }
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY;
    }

    /** The instant when {@code amount} of the basis' time has passed after {@code start}; amount not negative. */
    public Instant plus(Instant start, Duration amount, Basis basis) {
        Objects.requireNonNull(start, "start");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a negative amount: " + amount);
        }
        if (basis == Basis.WALL_CLOCK || amount.isZero()) {
            return start.plus(amount);
        }
        ZonedDateTime at = start.atZone(Clocks.CHINA);
        Duration left = amount;
        for (int days = 0; days < MAX_DAYS; days++) {
            ZonedDateTime endOfDay = at.toLocalDate().plusDays(1).atStartOfDay(Clocks.CHINA);
            if (isWorkingDay(at.toLocalDate())) {
                Duration today = Duration.between(at, endOfDay);
                if (left.compareTo(today) <= 0) {
                    return at.plus(left).toInstant();
                }
                left = left.minus(today);
            }
            at = endOfDay;
        }
        throw new IllegalArgumentException("more than " + MAX_DAYS + " days: " + amount);
    }

    /** The basis' time from {@code from} to {@code to}; negative when {@code to} comes first. */
    public Duration between(Instant from, Instant to, Basis basis) {
        if (basis == Basis.WALL_CLOCK) {
            return Duration.between(from, to);
        }
        if (to.isBefore(from)) {
            return between(to, from, basis).negated();
        }
        Duration total = Duration.ZERO;
        ZonedDateTime at = from.atZone(Clocks.CHINA);
        ZonedDateTime end = to.atZone(Clocks.CHINA);
        while (at.isBefore(end)) {
            ZonedDateTime endOfDay = at.toLocalDate().plusDays(1).atStartOfDay(Clocks.CHINA);
            ZonedDateTime stop = endOfDay.isBefore(end) ? endOfDay : end;
            if (isWorkingDay(at.toLocalDate())) {
                total = total.plus(Duration.between(at, stop));
            }
            at = stop;
        }
        return total;
    }
}
