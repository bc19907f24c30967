package io.jingwu.chatbot.intents.entity;

/**
 * What a citizen wants from one chat message. The names are stable: they are stored with
 * conversations, used as corpus labels and returned by the chat API.
 */
public enum Intent {
    GREETING,
    REPORT_DISPUTE,
    REISSUE_DOCUMENT,
    CHECK_FRAUD,
    TRACK_REQUEST,
    HUMAN_HANDOFF,
    /** Anything the service cannot help with, and every answer the model is unsure of. */
    OUT_OF_SCOPE
}
