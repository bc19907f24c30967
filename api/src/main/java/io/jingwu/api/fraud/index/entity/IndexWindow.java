package io.jingwu.api.fraud.index.entity;

import io.jingwu.api.platform.time.Clocks;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The trailing window a day's index counts: the {@value #DAYS} days ending with that day, both ends included, in
 * China time (a report at 23:59 on the 8th counts for the 8th, one at 00:00 on the 9th does not).
 */
public record IndexWindow(LocalDate day) {

    public static final int DAYS = 30;
    /** The window's first day. */
    public LocalDate firstDay() {
        return day.minusDays(DAYS - 1L);
    }

    /** The first instant of the window. */
    public Instant start() {
        return firstDay().atStartOfDay(Clocks.CHINA).toInstant();
    }

    /** The first instant after the window. */
    public Instant end() {
        return day.plusDays(1).atStartOfDay(Clocks.CHINA).toInstant();
    }

    /** The day it is in China at this instant. */
    public static LocalDate dayAt(Instant instant) {
        return LocalDate.ofInstant(instant, Clocks.CHINA);
    }
}
