package io.jingwu.api.statistics.control;

/** The counts of the requests that routing sent to one unit and that now sit in another (or the same). */
public record PairCounts(long unitId, long routedUnitId, Counts counts) {
}
