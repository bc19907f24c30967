package io.jingwu.api.statistics.control;

import io.jingwu.api.units.entity.UnitKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A unit's counts (or the whole scope's), from the two sides a request has: where it is now, which most figures
 * follow, and where routing sent it, which back-flow and diversion follow.
 *
 * @param here       the requests the unit holds now
 * @param routedHere the requests routing sent to the unit, wherever they are now
 * @param diverted   of the 双非 requests routed to the unit, those now in a non-police unit
 */
public record Tally(Counts here, Counts routedHere, long diverted) {

    public static final Tally NONE = new Tally(Counts.NONE, Counts.NONE, 0);

    /**
     * Folds the database's counts per (current unit, routed unit) into one tally per unit that appears on either
     * side.
     *
     * @param kinds the kind of every unit in {@code pairs}
     */
    public static Map<Long, Tally> byUnit(List<PairCounts> pairs, Map<Long, UnitKind> kinds) {
        Map<Long, Tally> tallies = new HashMap<>();
        for (PairCounts pair : pairs) {
            tallies.merge(pair.unitId(), new Tally(pair.counts(), Counts.NONE, 0), Tally::plus);
            tallies.merge(pair.routedUnitId(), new Tally(Counts.NONE, pair.counts(), diverted(pair, kinds)), Tally::plus);
        }
        return tallies;
    }

    /** The whole scope: every request counted once on each side. */
    public static Tally total(List<PairCounts> pairs, Map<Long, UnitKind> kinds) {
        Tally total = NONE;
        for (PairCounts pair : pairs) {
            total = total.plus(new Tally(pair.counts(), pair.counts(), diverted(pair, kinds)));
        }
        return total;
    }

    private static long diverted(PairCounts pair, Map<Long, UnitKind> kinds) {
        UnitKind now = kinds.get(pair.unitId());
        if (now == null) {
            throw new IllegalArgumentException("No kind for unit " + pair.unitId());
        }
        return Diversion.isPolice(now) ? 0 : pair.counts().doubleNon();
    }

    public Tally plus(Tally other) {
        return new Tally(here.plus(other.here), routedHere.plus(other.routedHere), diverted + other.diverted);
    }
}
