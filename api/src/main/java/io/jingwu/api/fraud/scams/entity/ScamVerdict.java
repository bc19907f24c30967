package io.jingwu.api.fraud.scams.entity;

/** What the anti-fraud text model says of a text. */
public enum ScamVerdict {
    SCAM,
    NOT_SCAM,
    /**
     * The model will not say: it is not sure enough either way, or it cannot read the text (written in a language it
     * was not trained on, or sharing no word with its corpus). Preferred to a guess.
     */
    NOT_SURE
}
