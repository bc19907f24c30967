package io.jingwu.api.sla.entity;

/** What time a promise counts. */
public enum Basis {
    /** Only time on working days (weekdays that are not holidays, and swapped working weekend days). */
    WORKING,
    /** Every minute, nights, weekends and holidays included. */
    WALL_CLOCK
}
