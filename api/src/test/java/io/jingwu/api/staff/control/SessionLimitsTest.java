package io.jingwu.api.staff.control;

import io.jingwu.api.staff.entity.SignedInSession;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** When a workbench session ends, at fixed instants: the idle timeout since the clerk's own last request, and the longest lifetime. */
class SessionLimitsTest {

    private static final Instant SIGNED_IN = Instant.parse("2026-03-02T00:30:00Z");
    private static final StaffActor CLERK = new StaffActor("wang.li", Set.of(StaffRole.CLERK), Set.of(5L));

    private final SessionLimits limits = new SessionLimits(Duration.ofMinutes(30), Duration.ofHours(12));
    private final SignedInSession session = SignedInSession.startedAt(CLERK, 2, SIGNED_IN);

    @Test
    void endsThirtyMinutesAfterTheLastRequestOfTheClerksOwn() {
        assertEquals(Optional.empty(), limits.endOf(session, SIGNED_IN.plus(Duration.ofMinutes(29).plusSeconds(59))));
        assertEquals(Optional.of(SessionLimits.End.IDLE), limits.endOf(session, SIGNED_IN.plus(Duration.ofMinutes(30))));

        SignedInSession busy = session.ownRequestAt(SIGNED_IN.plus(Duration.ofMinutes(25)));
        assertEquals(Optional.empty(), limits.endOf(busy, SIGNED_IN.plus(Duration.ofMinutes(54))));
        assertEquals(Optional.of(SessionLimits.End.IDLE), limits.endOf(busy, SIGNED_IN.plus(Duration.ofMinutes(55))));
    }

    @Test
    void endsTwelveHoursAfterTheSignInWhateverTheActivity() {
        Instant almost = SIGNED_IN.plus(Duration.ofHours(12)).minusSeconds(1);
        SignedInSession busy = session.ownRequestAt(almost.minusSeconds(5));

        assertEquals(Optional.empty(), limits.endOf(busy, almost));
        assertEquals(Optional.of(SessionLimits.End.LIFETIME), limits.endOf(busy, almost.plusSeconds(1)));
        assertEquals(Optional.of(SessionLimits.End.LIFETIME), limits.endOf(session, SIGNED_IN.plus(Duration.ofHours(13))),
                "both passed: the lifetime is the reason given, nothing would have extended it");
    }

    @Test
    void tellsTheTimeLeftUntilTheEarlierEnd() {
        assertEquals(Duration.ofMinutes(30), limits.remaining(session, SIGNED_IN));
        assertEquals(Duration.ofMinutes(20), limits.remaining(session, SIGNED_IN.plus(Duration.ofMinutes(10))));

        Instant late = SIGNED_IN.plus(Duration.ofHours(11).plusMinutes(50));
        assertEquals(Duration.ofMinutes(10), limits.remaining(session.ownRequestAt(late), late), "the lifetime comes first");
        assertEquals(Duration.ZERO, limits.remaining(session, SIGNED_IN.plus(Duration.ofHours(1))));
    }

    @Test
    void aLateOrRepeatedReportMovesNothingBack() {
        SignedInSession later = session.ownRequestAt(SIGNED_IN.plus(Duration.ofMinutes(10)));

        assertSame(later, later.ownRequestAt(SIGNED_IN.plus(Duration.ofMinutes(5))));
        assertSame(later, later.ownRequestAt(SIGNED_IN.plus(Duration.ofMinutes(10))));
    }

    @Test
    void refusesLimitsThatEndEverySessionAtOnce() {
        assertThrows(IllegalStateException.class, () -> new SessionLimits(Duration.ZERO, Duration.ofHours(12)));
        assertThrows(IllegalStateException.class, () -> new SessionLimits(Duration.ofMinutes(30), Duration.ofMinutes(-1)));
    }
}
