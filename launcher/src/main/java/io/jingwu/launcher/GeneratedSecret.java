package io.jingwu.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * A random secret generated at the first start and kept in a file only its owner can read, so no
 * development password is ever committed and a restart finds the same one.
 */
final class GeneratedSecret {

    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_ONLY_DIR = PosixFilePermissions.fromString("rwx------");
    private static final int RANDOM_BYTES = 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedSecret() {
    }

    /** The secret stored in {@code file}, created with a fresh random value when missing or empty. */
    static String loadOrCreate(Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!stored.isEmpty()) {
                restrictToOwner(file, OWNER_ONLY_FILE);
                return stored;
            }
        }
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        restrictToOwner(folder, OWNER_ONLY_DIR);

        String secret = newSecret();
        // written aside and moved into place, so a crash never leaves a half-written secret behind
        Path draft = folder.resolve(file.getFileName() + ".new");
        Files.deleteIfExists(draft);
        createOwnerOnly(draft);
        Files.writeString(draft, secret + "\n", StandardCharsets.UTF_8);
        Files.move(draft, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return secret;
    }

    /** URL- and SQL-safe characters only, so the value never needs quoting anywhere. */
    static String newSecret() {
        byte[] bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void createOwnerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        } catch (FileAlreadyExistsException raced) {
            restrictToOwner(file, OWNER_ONLY_FILE);
        }
    }

    private static void restrictToOwner(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path).equals(permissions)) {
                Files.setPosixFilePermissions(path, permissions);
            }
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: nothing to tighten
        }
    }
}
