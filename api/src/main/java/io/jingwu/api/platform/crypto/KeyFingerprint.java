package io.jingwu.api.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The rule that keeps one database encrypted with one key: the fingerprint recorded on the first start must
 * match the configured key's on every later start and on every instance, or the instance must not start,
 * since it would store values that the others cannot read and fail to read theirs.
 */
public final class KeyFingerprint {

    private KeyFingerprint() {
    }

    /**
     * @param recorded   the fingerprint stored in the database
     * @param configured the fingerprint of the key this instance was given
     * @throws WrongKeyException when they differ, with a one-line message for the operator
     */
    public static void requireMatch(String configKey, String recorded, String configured) {
        if (recorded == null || configured == null) {
            throw new IllegalArgumentException("Both fingerprints are needed");
        }
        if (!MessageDigest.isEqual(recorded.getBytes(StandardCharsets.US_ASCII),
                configured.getBytes(StandardCharsets.US_ASCII))) {
            throw new WrongKeyException(configKey, recorded, configured);
        }
    }

    /** Stops the start: the configured key is not the one the stored data was encrypted with. */
    public static class WrongKeyException extends IllegalStateException {

        WrongKeyException(String configKey, String recorded, String configured) {
            super("The configured key " + configKey + " (" + configKey.toUpperCase().replaceAll("[^A-Z0-9]", "_")
                    + ", fingerprint " + shortForm(configured)
                    + ") is not the one the data in this database was encrypted with (fingerprint "
                    + shortForm(recorded) + "): start with the original key; refusing to start");
        }

        private static String shortForm(String fingerprint) {
            return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
        }
    }
}
