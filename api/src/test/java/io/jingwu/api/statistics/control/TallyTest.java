package io.jingwu.api.statistics.control;

import io.jingwu.api.units.entity.UnitKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TallyTest {

    private static final long STATION = 1;
    private static final long OTHER_STATION = 2;
    private static final long TEAM = 3;
    private static final Map<Long, UnitKind> KINDS = Map.of(STATION, UnitKind.POLICE_STATION,
            OTHER_STATION, UnitKind.POLICE_STATION, TEAM, UnitKind.LIVELIHOOD_TEAM);

    /** requests, back-flowed, 双非; the other counts only follow the unit the requests are in now. */
    private static Counts counts(long requests, long backflowed, long doubleNon, long rated) {
        return new Counts(requests, backflowed, doubleNon, 0, 0, 0, 0, 0, 0, rated, 0, 0);
    }

    private static final List<PairCounts> PAIRS = List.of(
            new PairCounts(STATION, STATION, counts(5, 0, 3, 1)),          // routed to the station, still there
            new PairCounts(TEAM, STATION, counts(4, 4, 3, 2)),             // the station passed them to the team
            new PairCounts(OTHER_STATION, STATION, counts(2, 2, 1, 0)),    // to another station: no diversion
            new PairCounts(TEAM, TEAM, counts(6, 0, 6, 3)));               // routed to the team directly

    @Test
    void aUnitsOwnFiguresFollowWhereRequestsAreNowAndItsRoutingFiguresWhereRoutingSentThem() {
        Map<Long, Tally> tallies = Tally.byUnit(PAIRS, KINDS);

        Tally station = tallies.get(STATION);
        assertEquals(5, station.here().requests());
        assertEquals(1, station.here().rated());
        assertEquals(5 + 4 + 2, station.routedHere().requests());
        assertEquals(4 + 2, station.routedHere().backflowed());
        assertEquals(3 + 3 + 1, station.routedHere().doubleNon());
        assertEquals(3, station.diverted(), "only the 双非 now in the team");

        Tally team = tallies.get(TEAM);
        assertEquals(4 + 6, team.here().requests());
        assertEquals(2 + 3, team.here().rated());
        assertEquals(6, team.routedHere().requests());
        assertEquals(6, team.diverted());

        Tally other = tallies.get(OTHER_STATION);
        assertEquals(2, other.here().requests());
        assertEquals(0, other.routedHere().requests(), "routing never sent it any");
    }

    @Test
    void theTotalCountsEveryRequestOnceOnEachSide() {
        Tally total = Tally.total(PAIRS, KINDS);

        assertEquals(17, total.here().requests());
        assertEquals(17, total.routedHere().requests());
        assertEquals(6, total.routedHere().backflowed());
        assertEquals(13, total.routedHere().doubleNon());
        assertEquals(3 + 6, total.diverted(), "every 双非 request in the team, however it got there");
    }
}
