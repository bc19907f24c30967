package io.jingwu.api.staff.control;

import java.time.Duration;

/**
 * The client's address has failed to sign in too often in the last minute ({@link SignInThrottle}): refused before
 * any password was checked. The API answers 429 with {@code Retry-After}; the sign-in page asks to wait.
 */
public class TooManySignInsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManySignInsException(Duration retryAfter) {
        super("Too many failed sign-ins from this address; retry after " + retryAfter.toSeconds() + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
