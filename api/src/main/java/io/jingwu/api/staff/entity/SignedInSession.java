package io.jingwu.api.staff.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * What a workbench session remembers of its sign-in: who signed in, the account's token generation then (a
 * password change raises it, and the session ends, as the tokens issued before do), when they signed in, and when
 * they last made a request of their own (what a page sends by itself, such as the queue's poll, is not theirs).
 * A value kept in the (cluster-replicated) HTTP session: every change is a new one, set on the session again so
 * that the cluster copies it.
 */
public record SignedInSession(StaffActor actor, int tokenGeneration, Instant signedInAt, Instant lastOwnRequestAt)
        implements Serializable {

    public SignedInSession {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(signedInAt, "signedInAt");
        Objects.requireNonNull(lastOwnRequestAt, "lastOwnRequestAt");
    }

    public static SignedInSession startedAt(StaffActor actor, int tokenGeneration, Instant now) {
        return new SignedInSession(actor, tokenGeneration, now, now);
    }

    /** After a request of the clerk's own at {@code now} (never earlier than the last one, whatever the clocks say). */
    public SignedInSession ownRequestAt(Instant now) {
        return now.isAfter(lastOwnRequestAt) ? new SignedInSession(actor, tokenGeneration, signedInAt, now) : this;
    }

    /** The same session for the account as the database knows it now (roles and units may have changed). */
    public SignedInSession as(StaffActor current) {
        return new SignedInSession(current, tokenGeneration, signedInAt, lastOwnRequestAt);
    }
}
