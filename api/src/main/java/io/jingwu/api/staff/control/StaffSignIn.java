package io.jingwu.api.staff.control;

import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.staff.entity.SignInOutcome;
import io.jingwu.api.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * Checks a user name and password, for the token endpoint and the workbench sign-in alike. An unknown user, a
 * wrong password, a locked or a switched-off account all end the same way (empty), after about the same time:
 * an unknown user's password is checked against a decoy hash, and their failure counted as a known user's is. In front of it all, the client's address may only
 * fail so often a minute ({@link SignInThrottle}).
 */
@ApplicationScoped
public class StaffSignIn {

    private static final Logger LOG = Logger.getLogger(StaffSignIn.class.getName());
    /** Outside an HTTP request there is no client: such attempts share one allowance. */
    static final String NO_ADDRESS = "none";

    @Inject
    ActiveStaff staff;

    @Inject
    PasswordHashes hashes;

    @Inject
    SignInAttempts attempts;

    @Inject
    SignInThrottle throttle;

    @Inject
    ClientAddress clientAddress;

    /**
     * @return who signed in; empty, whatever the reason, when the user name or password is refused
     * @throws TooManySignInsException when the client's address failed too often in the last minute: no password
     *                                 was checked
     */
    public Optional<SignInAttempts.SignedIn> signIn(String username, String password) {
        String address = clientAddress.current().orElse(NO_ADDRESS);
        if (!throttle.admit(address)) {
            throw new TooManySignInsException(SignInThrottle.WINDOW);
        }
        Optional<SignInAttempts.SignedIn> signedIn = check(username, password);
        if (signedIn.isPresent()) {
            throttle.succeeded(address);
        }
        return signedIn;
    }

    private Optional<SignInAttempts.SignedIn> check(String username, String password) {
        String name = Usernames.normalise(username);
        Optional<StaffUser> user = staff.find(name);
        if (user.isEmpty()) {
            hashes.matchesNobody(password);
            attempts.recordUnknown(name);
            return Optional.empty();
        }
        boolean matches = hashes.matches(password, user.get().passwordHash());
        SignInAttempts.Attempt attempt = attempts.record(user.get().id(), matches);
        if (attempt.outcome() == SignInOutcome.LOCKED_NOW) {
            LOG.warning(() -> "Staff account " + user.get().username() + " locked for "
                    + StaffUser.LOCK_DURATION.toMinutes() + " minutes after " + StaffUser.MAX_FAILED_ATTEMPTS
                    + " wrong passwords");
        }
        return Optional.ofNullable(attempt.signedIn());
    }
}
