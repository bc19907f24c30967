package io.jingwu.api.staff.control;

import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.staff.entity.SignInOutcome;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.staff.entity.StaffUser;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one check behind the token endpoint and the workbench's sign-in, with its collaborators played by fakes. */
class StaffSignInTest {

    private static final String ADDRESS = "203.0.113.7";

    private final PasswordHashesTest.RecordingHash pbkdf2 = new PasswordHashesTest.RecordingHash();
    private final PasswordHashes hashes = new PasswordHashes(pbkdf2);
    private final StaffUser wang = user("wang.li", hashes.hash("Right-password-2026"));
    /** What the throttle was told, in order: "admit 203.0.113.7", "succeeded 203.0.113.7". */
    private final List<String> throttled = new ArrayList<>();
    private boolean addressUsedUp;
    private final List<String> unknownNamesCounted = new ArrayList<>();
    private final StaffSignIn signIn = new StaffSignIn();

    StaffSignInTest() {
        signIn.hashes = hashes;
        signIn.staff = new ActiveStaff() {
            @Override
            public Optional<StaffUser> find(String normalisedUsername) {
                return wang.username().equals(normalisedUsername) ? Optional.of(wang) : Optional.empty();
            }
        };
        signIn.attempts = new SignInAttempts() {
            @Override
            public void recordUnknown(String normalisedUsername) {
                unknownNamesCounted.add(normalisedUsername);
            }

            @Override
            public Attempt record(long userId, boolean passwordMatches) {
                SignInOutcome outcome = wang.attemptSignIn(passwordMatches, Instant.parse("2026-12-05T02:00:00Z"));
                return new Attempt(outcome, outcome.signedIn() ? new SignedIn(wang.actor(), wang.tokenGeneration()) : null);
            }
        };
        signIn.throttle = new SignInThrottle() {
            @Override
            public boolean admit(String clientAddress) {
                throttled.add("admit " + clientAddress);
                return !addressUsedUp;
            }

            @Override
            public void succeeded(String clientAddress) {
                throttled.add("succeeded " + clientAddress);
            }
        };
        signIn.clientAddress = new ClientAddress() {
            @Override
            public Optional<String> current() {
                return Optional.of(ADDRESS);
            }
        };
        pbkdf2.verified.clear();
    }

    private static StaffUser user(String username, String hash) {
        StaffUser user = StaffUser.create(username, "王丽", hash, List.of(StaffRole.ADMIN), List.of(),
                Instant.parse("2026-01-01T00:00:00Z"));
        try {
            Field id = StaffUser.class.getDeclaredField("id");
            id.setAccessible(true);
            id.set(user, 7L);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return user;
    }

    /** An unknown user costs a password check as a known one does, so the time taken tells nobody which names exist. */
    @Test
    void anUnknownUsersPasswordIsCheckedAgainstTheDecoy() {
        assertTrue(signIn.signIn("nobody.here", "Right-password-2026").isEmpty());

        assertEquals(1, pbkdf2.verified.size(), "the hasher was asked once, as for a known user");
        assertNotEquals(wang.passwordHash(), pbkdf2.verified.get(0), "against the decoy hash, nobody's");
        assertTrue(signIn.signIn("wang.li", "Wrong-password-1").isEmpty());
        assertEquals(2, pbkdf2.verified.size(), "a known user with a wrong password: one check too");
    }

    /** A known user's failure is counted in a transaction of its own; an unknown name's waits for one too. */
    @Test
    void anUnknownNamesFailureIsCountedAsAKnownUsersIs() {
        assertTrue(signIn.signIn(" Nobody.Here", "Right-password-2026").isEmpty());

        assertEquals(List.of("nobody.here"), unknownNamesCounted);
    }

    @Test
    void anAddressThatFailedTooOftenIsRefusedBeforeAnyPasswordIsChecked() {
        addressUsedUp = true;

        TooManySignInsException refused = assertThrows(TooManySignInsException.class,
                () -> signIn.signIn("wang.li", "Right-password-2026"));

        assertEquals(60, refused.retryAfter().toSeconds());
        assertTrue(pbkdf2.verified.isEmpty(), "no PBKDF2 work for a throttled address");
        assertEquals(0, wang.failedAttempts(), "nor does the account's lockout hear of it");
        assertEquals(List.of("admit " + ADDRESS), throttled);
    }

    @Test
    void aFailureCountsAgainstTheAddressAndASuccessIsGivenBack() {
        assertTrue(signIn.signIn("wang.li", "Wrong-password-1").isEmpty());
        assertTrue(signIn.signIn("nobody.here", "Wrong-password-1").isEmpty());
        assertEquals(List.of("admit " + ADDRESS, "admit " + ADDRESS), throttled);

        assertTrue(signIn.signIn("Wang.Li ", "Right-password-2026").isPresent());
        assertEquals(List.of("admit " + ADDRESS, "admit " + ADDRESS, "admit " + ADDRESS, "succeeded " + ADDRESS),
                throttled);
    }
}
