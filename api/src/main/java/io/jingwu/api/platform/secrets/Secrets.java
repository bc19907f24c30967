package io.jingwu.api.platform.secrets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Reads a key (base64) from configuration, e.g. {@code jingwu.crypto.key} = {@code JINGWU_CRYPTO_KEY}. Every
 * instance of a cluster must be given the same value. Only when {@code jingwu.secrets.dir} is set, which the
 * launcher does for the embedded default alone, a missing key is generated once into that folder, so that a
 * developer's second start finds it again; anywhere else a missing key stops the start with a clear message.
 */
@ApplicationScoped
public class Secrets {

    static final String GENERATED_DIR = "jingwu.secrets.dir";

    private final SecureRandom random = new SecureRandom();

    @Inject
    Config config;

    /**
     * @param configKey the configuration key, also the generated file's name
     * @param bytes     the key length; a configured key shorter than this is refused
     */
    public byte[] key(String configKey, int bytes) {
        Optional<String> configured = config.getOptionalValue(configKey, String.class);
        if (configured.isPresent()) {
            return decode(configKey, configured.get(), bytes);
        }
        Path dir = config.getOptionalValue(GENERATED_DIR, String.class).map(Path::of)
                .orElseThrow(() -> new IllegalStateException("The key " + configKey + " is not configured: set "
                        + environmentName(configKey) + " to " + bytes + " random bytes in base64, the same on every instance"));
        return decode(configKey, loadOrCreate(dir.resolve(configKey), bytes), bytes);
    }

    /**
     * Whether secrets nobody configured may be made up here: only in the embedded default, a developer's own machine.
     * Elsewhere a missing secret stops the start.
     */
    public boolean generatesMissing() {
        return config.getOptionalValue(GENERATED_DIR, String.class).isPresent();
    }

    private String loadOrCreate(Path file, int bytes) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.getParent());
                byte[] fresh = new byte[bytes];
                random.nextBytes(fresh);
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    Files.writeString(file, Base64.getEncoder().encodeToString(fresh));
                } catch (FileAlreadyExistsException another) {
                    // another thread or instance on this data folder was first: use its key
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the generated key " + file, e);
        }
    }

    private static byte[] decode(String configKey, String base64, int bytes) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The key " + configKey + " is not valid base64");
        }
        if (key.length < bytes) {
            throw new IllegalStateException("The key " + configKey + " must have at least " + bytes + " bytes");
        }
        return key;
    }

    static String environmentName(String configKey) {
        return configKey.toUpperCase().replaceAll("[^A-Z0-9]", "_");
    }
}
