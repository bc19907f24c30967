package io.jingwu.api.fraud.warnings.entity;

/** Where a phone stands with one district's warnings. Only CONFIRMED receives them. */
public enum SubscriptionStatus {
    /** Asked for; the phone's code has not confirmed it yet. */
    PENDING,
    CONFIRMED,
    UNSUBSCRIBED
}
