package io.jingwu.api.statistics.control;

/**
 * Median stage times in seconds, {@code null} where nothing reached the stage.
 *
 * @param acceptSeconds  from entering the current unit's queue to its accept
 * @param resolveSeconds from submission to the latest reply, less the time waited for the citizen
 */
public record Medians(Double acceptSeconds, Double resolveSeconds) {

    public static final Medians NONE = new Medians(null, null);
}
