package io.jingwu.api.identity.registry.entity;

/**
 * What the registry says of a person. It never says which part did not match, nor whether the document is known at
 * all: a citizen gets one answer for both, so the registry cannot be probed through us.
 */
public enum RegistryAnswer {
    MATCH,
    NO_MATCH,
    /** The registry could not be asked now; nothing may be concluded. */
    UNAVAILABLE
}
