package io.jingwu.api.staff.control;

import io.jingwu.api.platform.ratelimit.RateLimits;
import io.jingwu.api.staff.entity.SignInOutcome;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;

/**
 * Records a sign-in attempt under the user's row lock ({@code SELECT ... FOR UPDATE}), so that attempts made at
 * the same time on several instances are all counted and the lock decision is taken once. The slow password
 * check happens before, outside the lock. Its own transaction: a failure is counted even if the caller fails.
 */
@ApplicationScoped
public class SignInAttempts {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RateLimits rateLimits;

    /** Failures of names that belong to nobody, per name. */
    static final String UNKNOWN_NAMES = "staff-sign-in-unknown-name";

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Attempt record(long userId, boolean passwordMatches) {
        StaffUser user = em.find(StaffUser.class, userId, LockModeType.PESSIMISTIC_WRITE);
        if (user == null) {
            return new Attempt(SignInOutcome.INACTIVE, null);
        }
        SignInOutcome outcome = user.attemptSignIn(passwordMatches, clock.instant());
        return new Attempt(outcome, outcome.signedIn() ? new SignedIn(user.actor(), user.tokenGeneration()) : null);
    }

    /**
     * A name that belongs to nobody failed: counted per name, in a transaction of its own ({@link RateLimits}) as a
     * known account's failure is, so that both refusals wait for a commit of the same kind and how long the answer
     * takes does not tell whether the name exists. The count refuses nothing (the address's throttle does); it is
     * kept as long as rate-limit counters are.
     */
    public void recordUnknown(String normalisedUsername) {
        rateLimits.tryHit(UNKNOWN_NAMES, normalisedUsername, Integer.MAX_VALUE, StaffUser.LOCK_DURATION);
    }

    /** The outcome, and who signed in when it succeeded. */
    public record Attempt(SignInOutcome outcome, SignedIn signedIn) {
    }

    /** Who signed in, and the token generation their tokens carry. */
    public record SignedIn(StaffActor actor, int tokenGeneration) {
    }
}
