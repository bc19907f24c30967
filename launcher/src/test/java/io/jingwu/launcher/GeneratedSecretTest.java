package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratedSecretTest {

    @TempDir
    Path dataDir;

    @Test
    void isGeneratedOnceAndReadableByItsOwnerOnly() throws IOException {
        Path file = dataDir.resolve("secrets").resolve("db-password");

        String first = GeneratedSecret.loadOrCreate(file);
        String second = GeneratedSecret.loadOrCreate(file);

        assertEquals(first, second);
        assertEquals(first, Files.readString(file).strip());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())));
    }

    @Test
    void anEmptyFileGetsANewSecret() throws IOException {
        Path file = dataDir.resolve("db-password");
        Files.writeString(file, "\n");

        String secret = GeneratedSecret.loadOrCreate(file);

        assertEquals(32, secret.length());
        assertEquals(secret, Files.readString(file).strip());
    }

    @Test
    void tightensTheModeOfAnExistingFile() throws IOException {
        Path file = dataDir.resolve("db-password");
        Files.writeString(file, "kept-value\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertEquals("kept-value", GeneratedSecret.loadOrCreate(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }

    @Test
    void secretsAreRandomAndNeedNoQuoting() {
        String one = GeneratedSecret.newSecret();
        String other = GeneratedSecret.newSecret();

        assertNotEquals(one, other);
        assertTrue(one.matches("[A-Za-z0-9_-]{32}"), one);
    }
}
