package io.jingwu.api.identity.credentials.entity;

/** How a credential's holder was verified, so that an institution can judge whether it is enough for its purpose. */
public enum VerificationLevel {
    /** The document passed its checks and was matched in the population registry; the holder confirmed a phone. */
    REGISTRY_AND_PHONE
}
