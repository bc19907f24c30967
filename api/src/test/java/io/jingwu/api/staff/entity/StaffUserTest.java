package io.jingwu.api.staff.entity;

import io.jingwu.api.staff.MutableClock;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffUserTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T08:00:00.250Z"));
    private final Unit station = stored(Unit.create("HUZ-ZL-ZHINAN-PS", "织南派出所", "Zhinan police station",
            UnitKind.POLICE_STATION, List.of("330502100")), 5L);

    /** A unit as read from the database, with its id. */
    private static Unit stored(Unit unit, long id) {
        try {
            java.lang.reflect.Field field = Unit.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(unit, id);
            return unit;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private StaffUser clerk() {
        return StaffUser.create("wang.li", "王丽", "hash", List.of(StaffRole.CLERK), List.of(station), clock.instant());
    }

    private void wrongPasswords(StaffUser user, int times) {
        for (int i = 0; i < times; i++) {
            user.attemptSignIn(false, clock.instant());
            clock.advance(Duration.ofSeconds(3));
        }
    }

    @Test
    void fourWrongPasswordsLeaveTheAccountOpen() {
        StaffUser user = clerk();
        wrongPasswords(user, 4);

        assertFalse(user.isLockedAt(clock.instant()));
        assertEquals(SignInOutcome.SIGNED_IN, user.attemptSignIn(true, clock.instant()));
    }

    @Test
    void theFifthWrongPasswordLocksForFifteenMinutes() {
        StaffUser user = clerk();
        wrongPasswords(user, 4);

        Instant fifth = clock.instant();
        assertEquals(SignInOutcome.LOCKED_NOW, user.attemptSignIn(false, fifth));
        assertEquals(fifth.plus(Duration.ofMinutes(15)), user.lockedUntil());
        assertTrue(user.isLockedAt(fifth));
    }

    @Test
    void whileLockedEvenTheRightPasswordIsRefusedUntilTheLockEnds() {
        StaffUser user = clerk();
        wrongPasswords(user, 5);

        clock.advance(Duration.ofMinutes(14).plusSeconds(50));
        assertEquals(SignInOutcome.LOCKED, user.attemptSignIn(true, clock.instant()));

        clock.advance(Duration.ofSeconds(10));
        assertEquals(SignInOutcome.SIGNED_IN, user.attemptSignIn(true, clock.instant()));
        assertEquals(clock.instant(), user.lastSignInAt());
    }

    @Test
    void attemptsDuringALockNeitherCountNorExtendIt() {
        StaffUser user = clerk();
        wrongPasswords(user, 5);
        Instant lockEnd = user.lockedUntil();

        wrongPasswords(user, 10);

        assertEquals(lockEnd, user.lockedUntil());
        clock.advance(Duration.between(clock.instant(), lockEnd));
        assertEquals(SignInOutcome.WRONG_PASSWORD, user.attemptSignIn(false, clock.instant()), "a fresh count after the lock");
    }

    @Test
    void aSuccessfulSignInStartsTheCountAfresh() {
        StaffUser user = clerk();
        wrongPasswords(user, 4);
        user.attemptSignIn(true, clock.instant());

        wrongPasswords(user, 4);

        assertFalse(user.isLockedAt(clock.instant()));
        assertEquals(4, user.failedAttempts());
    }

    @Test
    void aSwitchedOffAccountCannotSignInAndCountsNothing() {
        StaffUser user = clerk();
        user.setActive(false, clock.instant());

        assertEquals(SignInOutcome.INACTIVE, user.attemptSignIn(true, clock.instant()));
        assertEquals(SignInOutcome.INACTIVE, user.attemptSignIn(false, clock.instant()));
        assertEquals(0, user.failedAttempts());
    }

    @Test
    void aPasswordResetLiftsTheLockAndEndsEarlierTokens() {
        StaffUser user = clerk();
        int before = user.tokenGeneration();
        assertTrue(user.acceptsTokenOfGeneration(before));
        wrongPasswords(user, 5);

        user.changePassword("new-hash", clock.instant());

        assertFalse(user.isLockedAt(clock.instant()));
        assertEquals("new-hash", user.passwordHash());
        assertFalse(user.acceptsTokenOfGeneration(before), "even a token issued in the same millisecond");
        assertTrue(user.acceptsTokenOfGeneration(user.tokenGeneration()));
    }

    @Test
    void aSwitchedOffAccountsTokensStopWorking() {
        StaffUser user = clerk();
        user.setActive(false, clock.instant());

        assertFalse(user.acceptsTokenOfGeneration(user.tokenGeneration()));
    }

    @Test
    void clerksAndSupervisorsServeAtLeastOneUnitAndEveryAccountHasARole() {
        assertThrows(IllegalArgumentException.class, () -> StaffUser.create("li.na", "李娜", "hash",
                List.of(StaffRole.SUPERVISOR), List.of(), clock.instant()));
        assertThrows(IllegalArgumentException.class, () -> StaffUser.create("li.na", "李娜", "hash",
                List.of(), List.of(station), clock.instant()));
        StaffUser admin = StaffUser.create("root.admin", "管理员", "hash", List.of(StaffRole.ADMIN), List.of(), clock.instant());
        assertEquals(Set.of(StaffRole.ADMIN), admin.actor().roles());
    }

    @Test
    void theActorCarriesRolesAndUnits() {
        StaffActor actor = StaffUser.create("zhang.wei", "张伟", "hash",
                List.of(StaffRole.CLERK, StaffRole.SUPERVISOR), List.of(station), clock.instant()).actor();

        assertEquals("zhang.wei", actor.username());
        assertTrue(actor.isClerk());
        assertTrue(actor.isSupervisor());
        assertFalse(actor.isAdmin());
        assertEquals(Set.of(5L), actor.unitIds());
        assertTrue(actor.servesUnit(5L));
    }
}
