package io.jingwu.api.platform.crypto;

import org.junit.jupiter.api.Test;

import static io.jingwu.api.platform.crypto.FieldCipherTest.randomKey;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class LookupHashesTest {

    /** Six digits under a plain hash are reversed from a copy of the database at once; under the key they are not. */
    @Test
    void aOneTimeCodeIsHashedUnderTheKeyNotPlainly() {
        Keyring.install(DataKeys.derive(randomKey()));
        String stored = LookupHashes.oneTimeCode("access-code", "4711", "048213");

        assertEquals(64, stored.length());
        assertNotEquals(Digests.sha256("048213"), stored);
        assertNotEquals(Digests.sha256("4711:048213"), stored);
        assertEquals(stored, LookupHashes.oneTimeCode("access-code", "4711", "048213"), "the same code finds its hash");
        assertNotEquals(stored, LookupHashes.oneTimeCode("access-code", "4712", "048213"), "bound to what it opens");
        assertNotEquals(stored, LookupHashes.oneTimeCode("identity-code", "4711", "048213"), "and to its purpose");

        Keyring.install(DataKeys.derive(randomKey()));
        assertNotEquals(stored, LookupHashes.oneTimeCode("access-code", "4711", "048213"), "another key, another hash");
    }
}
