package io.jingwu.api.staff.control;

import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHashesTest {

    /** Records what it is asked; "hashes" by prefixing. */
    static final class RecordingHash implements Pbkdf2PasswordHash {
        Map<String, String> parameters;
        final List<String> verified = new ArrayList<>();

        @Override
        public void initialize(Map<String, String> parameters) {
            this.parameters = parameters;
        }

        @Override
        public String generate(char[] password) {
            return "h:" + new String(password);
        }

        @Override
        public boolean verify(char[] password, String hashedPassword) {
            verified.add(hashedPassword);
            return hashedPassword.equals("h:" + new String(password));
        }
    }

    @Test
    void configuresPbkdf2AsOwaspAdvisesForSha256() {
        RecordingHash pbkdf2 = new RecordingHash();
        new PasswordHashes(pbkdf2);

        assertEquals("PBKDF2WithHmacSHA256", pbkdf2.parameters.get("Pbkdf2PasswordHash.Algorithm"));
        assertTrue(Integer.parseInt(pbkdf2.parameters.get("Pbkdf2PasswordHash.Iterations")) >= 210_000);
        assertEquals("32", pbkdf2.parameters.get("Pbkdf2PasswordHash.SaltSizeBytes"));
    }

    @Test
    void anUnknownUserCostsARealCheckAndNeverMatches() {
        RecordingHash pbkdf2 = new RecordingHash();
        PasswordHashes hashes = new PasswordHashes(pbkdf2);

        assertFalse(hashes.matchesNobody("whatever they typed"));
        assertFalse(hashes.matchesNobody(null));
        assertEquals(2, pbkdf2.verified.size(), "a hash was checked each time");
    }

    @Test
    void checksAgainstTheStoredHash() {
        PasswordHashes hashes = new PasswordHashes(new RecordingHash());
        String stored = hashes.hash("correct horse battery");

        assertTrue(hashes.matches("correct horse battery", stored));
        assertFalse(hashes.matches("correct horse battery!", stored));
        assertFalse(hashes.matches(null, stored));
    }
}
