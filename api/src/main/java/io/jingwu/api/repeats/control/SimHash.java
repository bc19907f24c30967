package io.jingwu.api.repeats.control;

import io.jingwu.api.platform.crypto.KeyedHash;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;

/**
 * A keyed 64-bit SimHash of a text (Charikar): each feature ({@link Shingles}) is hashed with HMAC-SHA256 under a
 * key of its own, and each bit of the result is the sign of the features' weighted votes for that bit. Near-identical
 * texts get fingerprints a few bits apart, unrelated ones about 32; since the feature hashes are keyed, nobody
 * without the key can test a guessed text against a fingerprint. Thread-safe.
 */
public final class SimHash {

    private final KeyedHash featureHash;

    /** @param featureHash HMAC-SHA256 under a key derived from the data key for this one purpose */
    public SimHash(KeyedHash featureHash) {
        this.featureHash = featureHash;
    }

    /** Empty for a text without any letter or digit: nothing to compare. */
    public OptionalLong of(String text) {
        Map<String, Integer> features = Shingles.of(text);
        if (features.isEmpty()) {
            return OptionalLong.empty();
        }
        int[] votes = new int[Long.SIZE];
        features.forEach((feature, weight) -> {
            long hash = ByteBuffer.wrap(featureHash.of(feature.getBytes(StandardCharsets.UTF_8))).getLong();
            for (int bit = 0; bit < Long.SIZE; bit++) {
                votes[bit] += ((hash >>> bit) & 1) == 1 ? weight : -weight;
            }
        });
        long fingerprint = 0;
        for (int bit = 0; bit < Long.SIZE; bit++) {
            if (votes[bit] > 0) {
                fingerprint |= 1L << bit;
            }
        }
        return OptionalLong.of(fingerprint);
    }

    /** How many bits two fingerprints differ in: what {@code BIT_COUNT(a ^ b)} computes in SQL. */
    public static int distance(long a, long b) {
        return Long.bitCount(a ^ b);
    }
}
