package io.jingwu.api.fraud.links.entity;

/** How a finding weighs in a verdict on a link. */
public enum LinkSeverity {
    /** Good news: the link leads to an organisation's own official domain. */
    REASSURING,
    /** A sign that fraudsters use, and honest senders sometimes too. */
    CAUTION,
    /** A sign that the link imitates someone or hides where it leads. */
    DANGER;

    public boolean isWarning() {
        return this != REASSURING;
    }
}
