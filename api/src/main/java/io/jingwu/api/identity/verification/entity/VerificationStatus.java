package io.jingwu.api.identity.verification.entity;

public enum VerificationStatus {
    /** The code is on its way to the phone. */
    AWAITING_CODE,
    /** Matched: a credential was issued. */
    VERIFIED,
    /** Not matched: a clerk takes it from here, through the request opened for it. */
    REFERRED
}
