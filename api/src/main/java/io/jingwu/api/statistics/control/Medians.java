package io.jingwu.api.statistics.control;

/**
 * Median stage durations in minutes (of durations rounded to the minute; a half for an even count whose middle
 * values differ by one), {@code null} where nothing reached the stage.
 *
 * @param acceptMinutes  from entering the current unit's queue to its accept
 * @param resolveMinutes from submission to the latest reply, less the time waited for the citizen
 */
public record Medians(Double acceptMinutes, Double resolveMinutes) {

    public static final Medians NONE = new Medians(null, null);
}
