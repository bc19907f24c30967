package io.jingwu.api.identity.credentials.entity;

/** What an institution is told of a credential. */
public enum CredentialStatus {
    VALID,
    REVOKED,
    EXPIRED
}
