package io.jingwu.api.institutions.entity;

import io.jingwu.api.platform.crypto.Digests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The key an institution is given once and sends with every check: its shape, and reading it back. */
class ApiKeyTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A key as it could be issued: its secret holds both base64url specials, '_' and '-'. */
    private static final String SAMPLE = "jw_k7mq2xzp_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9uZ";

    @Test
    void aNewKeyIsJwThePrefixAndA256BitSecret() {
        ApiKey key = ApiKey.generate(RANDOM);

        String text = key.text();
        assertEquals(55, text.length(), text);
        assertTrue(text.matches("jw_[a-km-np-z2-9]{8}_[A-Za-z0-9_-]{43}"), text);
        assertEquals("jw_" + key.prefix() + "_" + key.secret(), text);
        assertEquals(32, Base64.getUrlDecoder().decode(key.secret()).length);
    }

    @Test
    void everyKeyIsDrawnAfresh() {
        Set<String> prefixes = new HashSet<>();
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            ApiKey key = ApiKey.generate(RANDOM);
            prefixes.add(key.prefix());
            secrets.add(key.secret());
        }
        assertEquals(1000, secrets.size());
        assertTrue(prefixes.size() >= 999, "40 random bits: a repeat in 1000 draws is a one in two million chance");
    }

    @Test
    void aKeyReadsBackAsItWasIssued() {
        ApiKey issued = ApiKey.generate(RANDOM);

        assertEquals(Optional.of(issued), ApiKey.parse(issued.text()));
        assertEquals(Optional.of(issued), ApiKey.parse("  " + issued.text() + "\t"), "blanks around a pasted key");
    }

    @Test
    void aSecretWithUnderscoresIsReadByPositionNotSplit() {
        ApiKey key = ApiKey.parse(SAMPLE).orElseThrow();

        assertEquals("k7mq2xzp", key.prefix());
        assertEquals("Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9uZ", key.secret());
        assertEquals(SAMPLE, key.text());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "   ",
            "Bearer jw_k7mq2xzp_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9uZ",
            "JW_k7mq2xzp_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9uZ",  // the start is lower case
            "jw-k7mq2xzp_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9uZ",  // wrong separator after jw
            "jw_k7mq2xzp-Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9uZ",  // wrong separator after the prefix
            "jw_k7mq2xzp_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9u",  // a character short
            "jw_k7mq2xzp_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9uZA",  // a character long
            "jw_k7mq2xzpK_x_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9uZ",  // a prefix of 9
            "jw_K7MQ2XZP_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9uZ",  // an upper-case prefix
            "jw_k7mq0xzp_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9uZ",  // 0 is never in a prefix
            "jw_k7mq2xzp_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9u+",  // '+' is plain base64, not base64url
            "jw_k7mq2xzp_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9u=",  // no padding
            "jw_k7mq2xzp_Kx_9-aQ2hlY2stX3NlY3JldC1ieXRlcy0tMzItbG9ué",  // not ASCII
    })
    void anythingElseIsNoKey(String text) {
        assertEquals(Optional.empty(), ApiKey.parse(text));
    }

    @Test
    void onlyTheHashOfTheWholeKeyIsKept() {
        ApiKey key = ApiKey.parse(SAMPLE).orElseThrow();

        assertEquals(Digests.sha256(SAMPLE), key.hash());
        assertEquals(64, key.hash().length());
        assertNotEquals(ApiKey.generate(RANDOM).hash(), key.hash());
    }

    @Test
    void aKeyInALogShowsItsPrefixOnly() {
        ApiKey key = ApiKey.parse(SAMPLE).orElseThrow();

        assertEquals("jw_k7mq2xzp_…", key.toString());
        assertFalse(key.toString().contains(key.secret()));
    }
}
