package io.jingwu.api.identity.credentials.control;

import io.jingwu.api.platform.crypto.Keyring;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;

/**
 * The code a holder reads out or types at a counter: 12 characters of Crockford's base 32 (60 random bits), shown
 * in groups of four ({@code K7QD-9M2X-PA4T}). Letters that look alike are read as one (O as 0, I and L as 1), case
 * and separators do not matter. Only a keyed hash of it is stored.
 */
public final class CredentialCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private CredentialCodes() {
    }

    /** A new code, canonical (no separators). */
    public static String next() {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** A canonical code in groups of four, as people read it out. */
    public static String readable(String canonicalCode) {
        return canonicalCode.substring(0, 4) + '-' + canonicalCode.substring(4, 8) + '-' + canonicalCode.substring(8);
    }

    /** The code in its one canonical form, or empty when it cannot be a code at all. */
    public static Optional<String> canonical(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String code = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (code.length() != LENGTH || !code.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return Optional.of(code);
    }

    /** Keyed: a stolen table gives no way to try codes offline. */
    public static String hash(String canonicalCode) {
        return Keyring.keys().lookupHash("credential-code", canonicalCode);
    }
}
