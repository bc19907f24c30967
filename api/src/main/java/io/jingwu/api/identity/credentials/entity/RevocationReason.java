package io.jingwu.api.identity.credentials.entity;

public enum RevocationReason {
    /** The holder revoked it. */
    HOLDER,
    /** A new verification of the same document replaced it: a holder has one live credential per document. */
    SUPERSEDED,
    /** Its {@link VerificationLevel} no longer suffices: the holder is asked to verify again. */
    LEVEL_WITHDRAWN
}
