package io.jingwu.api.staff.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

import java.security.SecureRandom;
import java.util.Map;

/**
 * Hashes and checks staff passwords with Jakarta Security's PBKDF2 (HMAC-SHA256, 210,000 iterations as OWASP
 * advises for it, a 32-byte random salt per password). A stored hash names its own algorithm and iteration count,
 * so raising them later leaves older hashes verifiable.
 */
@ApplicationScoped
public class PasswordHashes {

    static final Map<String, String> PARAMETERS = Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32");

    @Inject
    Pbkdf2PasswordHash pbkdf2;

    /** A hash of a password nobody knows: checked for unknown users so that they cost as much time as known ones. */
    private String decoy;

    PasswordHashes() {
    }

    PasswordHashes(Pbkdf2PasswordHash pbkdf2) {
        this.pbkdf2 = pbkdf2;
        init();
    }

    @PostConstruct
    void init() {
        pbkdf2.initialize(PARAMETERS);
        byte[] noise = new byte[24];
        new SecureRandom().nextBytes(noise);
        decoy = pbkdf2.generate(java.util.Base64.getEncoder().encodeToString(noise).toCharArray());
    }

    public String hash(String password) {
        return pbkdf2.generate(password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return password != null && hash != null && pbkdf2.verify(password.toCharArray(), hash);
    }

    /** Spends the time of a real check, for a user who does not exist; always false. */
    public boolean matchesNobody(String password) {
        pbkdf2.verify(password == null ? new char[0] : password.toCharArray(), decoy);
        return false;
    }
}
