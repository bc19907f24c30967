package io.jingwu.api.requests.entity;

/**
 * Who may read an event, note included. The citizen's timeline is exactly the {@link #PUBLIC} events: every
 * status change, the questions and replies written for them, the reasons given for a rejection or a transfer.
 */
public enum EventVisibility {
    /** The citizen and staff. */
    PUBLIC,
    /** Staff only: internal notes, priority changes. */
    INTERNAL
}
