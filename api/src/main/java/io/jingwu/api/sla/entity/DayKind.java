package io.jingwu.api.sla.entity;

/** An exception to the weekday rule in the working calendar. */
public enum DayKind {
    /** No work, whatever the weekday. */
    HOLIDAY,
    /** A weekend day worked in exchange for a longer holiday (调休). */
    WORKDAY
}
