package io.jingwu.api.repeats.boundary;

import io.jingwu.api.repeats.entity.RepeatKind;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The marker on a request: by which kinds it is linked to other requests, earlier or later, and to how many.
 *
 * @param kinds in the order of {@link RepeatKind}; empty when the request repeats nothing and nothing repeats it
 */
public record RepeatSummary(List<RepeatKind> kinds, int count) {

    public static final RepeatSummary NONE = new RepeatSummary(List.of(), 0);

    static RepeatSummary of(Map<Long, Set<RepeatKind>> linked) {
        if (linked == null || linked.isEmpty()) {
            return NONE;
        }
        Set<RepeatKind> kinds = new TreeSet<>();
        linked.values().forEach(kinds::addAll);
        return new RepeatSummary(List.copyOf(kinds), linked.size());
    }
}
