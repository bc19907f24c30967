package io.jingwu.api.requests.entity;

/** The two promises made on every request: to accept it (in its current unit) and to resolve it. */
public enum SlaStage {
    /** From joining the current unit's queue to 接单. */
    ACCEPT,
    /** From submission (or a reopening) to the reply that resolves it, not counting waits for the citizen. */
    RESOLVE
}
