package io.jingwu.api.repeats.entity;

import java.util.Objects;

/**
 * One keyed 64-bit fingerprint of a request: equal values mean the same phone or place, a small Hamming distance
 * between two {@link RepeatKind#SIMILAR_TEXT} values means near-identical texts. Without the key the value reveals
 * nothing about what it was computed from.
 */
public record Fingerprint(RepeatKind kind, long value) {

    public Fingerprint {
        Objects.requireNonNull(kind, "kind");
    }
}
