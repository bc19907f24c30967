package io.jingwu.api.staff.entity;

/**
 * What became of one sign-in attempt. Only {@link #SIGNED_IN} lets the caller in; every other outcome gets the
 * same answer, so that nobody learns whether a user exists, is locked or typed a wrong password.
 */
public enum SignInOutcome {
    SIGNED_IN,
    /** Wrong password; the account is still open. */
    WRONG_PASSWORD,
    /** Wrong password, and that was one too many: the account is locked from now on. */
    LOCKED_NOW,
    /** The account is locked; the password was not even considered. */
    LOCKED,
    /** The account is switched off by an administrator. */
    INACTIVE;

    public boolean signedIn() {
        return this == SIGNED_IN;
    }
}
