package io.jingwu.api.platform.crypto;

import java.security.SecureRandom;
import java.util.Base64;

/** Unguessable random strings for tokens and ids: base64url without padding, safe in URLs, headers and cookies. */
public final class RandomTokens {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomTokens() {
    }

    /** @param bytes how many random bytes: 32 (256 bits) for a secret, 16 for an id nobody can guess */
    public static String urlSafe(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
