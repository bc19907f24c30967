package io.jingwu.api.platform.problems;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.PessimisticLockException;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Failures that are not the caller's doing, told the same way by the REST API and the pages: two people changing
 * the same thing at once is an edit conflict to retry; anything else is ours, logged once here with a reference
 * that the caller sees and can quote.
 */
public final class Failures {

    private static final Logger LOG = Logger.getLogger(Failures.class.getName());

    private Failures() {
    }

    /** 409 {@code edit-conflict} when someone else's change or lock got in the way; otherwise {@link #unexpected}. */
    public static Refusal ofDatabase(PersistenceException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof PessimisticLockException
                    || cause instanceof LockTimeoutException) {
                return Refusal.of(409, "edit-conflict");
            }
        }
        return unexpected(e);
    }

    /** 500 {@code unexpected}, with the reference under which the failure was just logged. */
    public static Refusal unexpected(Throwable e) {
        return Refusal.of(500, "unexpected", logged(e));
    }

    /** Logs the failure under a new reference and returns the reference, for the caller to see. */
    public static String logged(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, reference " + reference, e);
        return reference;
    }
}
