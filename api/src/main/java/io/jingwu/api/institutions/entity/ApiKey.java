package io.jingwu.api.institutions.entity;

import io.jingwu.api.platform.crypto.Digests;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An institution's API key, {@code jw_<prefix>_<secret>}: the prefix (8 characters, public) finds the institution
 * and tells administrators which key is meant; the secret is 32 random bytes in base64url (43 characters). Only the
 * prefix and the SHA-256 of the whole key are stored, so the key can be shown once and never again.
 *
 * <p>{@link #toString()} never shows the secret, so a key that reaches a log leaks nothing.
 */
public record ApiKey(String prefix, String secret) {

    public static final int PREFIX_LENGTH = 8;
    public static final int SECRET_LENGTH = 43;
    public static final int SECRET_BYTES = 32;
    /** The whole key: {@code jw_}, the prefix, {@code _}, the secret. */
    public static final int LENGTH = 3 + PREFIX_LENGTH + 1 + SECRET_LENGTH;

    private static final String START = "jw_";
    /** Lower-case letters and digits without the look-alikes 0/o and 1/l, so a prefix read out on the phone is clear. */
    private static final String PREFIX_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final Pattern PREFIX = Pattern.compile("[" + PREFIX_ALPHABET + "]{" + PREFIX_LENGTH + "}");
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{" + SECRET_LENGTH + "}");

    public ApiKey {
        if (prefix == null || !PREFIX.matcher(prefix).matches()) {
            throw new IllegalArgumentException("A key prefix has " + PREFIX_LENGTH + " characters of " + PREFIX_ALPHABET);
        }
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw new IllegalArgumentException("A key secret has " + SECRET_LENGTH + " base64url characters");
        }
    }

    /** A new key of fresh random bits; the caller makes sure no other institution holds its prefix. */
    public static ApiKey generate(SecureRandom random) {
        StringBuilder prefix = new StringBuilder(PREFIX_LENGTH);
        for (int i = 0; i < PREFIX_LENGTH; i++) {
            prefix.append(PREFIX_ALPHABET.charAt(random.nextInt(PREFIX_ALPHABET.length())));
        }
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return new ApiKey(prefix.toString(), Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /**
     * The key a caller sent, if it has the shape of one (surrounding blanks ignored). The secret may itself contain
     * {@code _}, so the parts are found by position, not by splitting.
     */
    public static Optional<ApiKey> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String key = text.strip();
        if (key.length() != LENGTH || !key.startsWith(START) || key.charAt(START.length() + PREFIX_LENGTH) != '_') {
            return Optional.empty();
        }
        String prefix = key.substring(START.length(), START.length() + PREFIX_LENGTH);
        String secret = key.substring(START.length() + PREFIX_LENGTH + 1);
        if (!PREFIX.matcher(prefix).matches() || !SECRET.matcher(secret).matches()) {
            return Optional.empty();
        }
        return Optional.of(new ApiKey(prefix, secret));
    }

    /** The key as the institution sends it in {@code X-Api-Key}. */
    public String text() {
        return START + prefix + "_" + secret;
    }

    /** SHA-256 of the whole key, 64 hex digits: what the database keeps. */
    public String hash() {
        return Digests.sha256(text());
    }

    @Override
    public String toString() {
        return START + prefix + "_…";
    }
}
