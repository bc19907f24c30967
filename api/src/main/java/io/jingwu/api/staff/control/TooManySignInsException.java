package io.jingwu.api.staff.control;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

import java.time.Duration;

/**
 * The client's address has failed to sign in too often in the last minute ({@link SignInThrottle}): refused before
 * any password was checked. The API answers 429 with {@code Retry-After}; the sign-in page asks to wait.
 */
public class TooManySignInsException extends RefusedException {

    private final Duration retryAfter;

    public TooManySignInsException(Duration retryAfter) {
        super("Too many failed sign-ins from this address; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(429, "too-many-sign-ins")
                .withHeader("Retry-After", retryAfter.toSeconds())
                .withHeader("Cache-Control", "no-store");
    }
}
