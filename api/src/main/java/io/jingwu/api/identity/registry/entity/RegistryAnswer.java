package io.jingwu.api.identity.registry.entity;

/**
 * What a register says of a person: the population registry of a document and its holder, a carrier's real-name
 * records of a phone and its holder. It never says which part did not match, nor whether the document is known at
 * all: a citizen gets one answer for both, so the registry cannot be probed through us.
 */
public enum RegistryAnswer {
    MATCH,
    NO_MATCH,
    /** The registry could not be asked now; nothing may be concluded. */
    UNAVAILABLE
}
