package io.jingwu.api.fraud.checks.entity;

/** How dangerous a checked thing is, weakest first: the strongest finding sets a verdict's risk. */
public enum Risk {
    SAFE, CAUTION, DANGER;

    public Risk atLeast(Risk other) {
        return compareTo(other) >= 0 ? this : other;
    }
}
