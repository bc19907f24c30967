package io.jingwu.api.identity.credentials.entity;

/** How a credential's holder was verified, so that an institution can judge whether it is enough for its purpose. */
public enum VerificationLevel {
    /**
     * Withdrawn: the document was matched in the population registry and someone confirmed a code sent to a phone,
     * but nothing tied that phone to the person. Kept readable for the credentials issued under it (all revoked
     * with {@link RevocationReason#LEVEL_WITHDRAWN}); never issued again.
     */
    REGISTRY_AND_PHONE,
    /**
     * The document passed its checks and was matched in the population registry with the holder's name and birth
     * date; the holder confirmed a code sent to a phone that the carrier's real-name records register to that same
     * document and name (运营商三要素).
     */
    REGISTRY_PHONE_REALNAME
}
