package io.jingwu.api.statistics.control;

import java.util.Map;

/** The medians of each unit (by id, for the requests it holds now) and of the whole scope. */
public record ScopeMedians(Map<Long, Medians> byUnit, Medians total) {

    public Medians of(long unitId) {
        return byUnit.getOrDefault(unitId, Medians.NONE);
    }
}
