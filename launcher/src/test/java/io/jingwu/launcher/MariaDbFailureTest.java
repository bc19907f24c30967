package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;

import org.junit.jupiter.api.Test;

import ch.vorburger.exec.ManagedProcessException;

class MariaDbFailureTest {

    @Test
    void aLockedDataFolderPointsAtAnotherServer() {
        ManagedProcessException failure = new ManagedProcessException("An error occurred while starting the database",
                new ManagedProcessException("Program [/data/mariadb-base/bin/mariadbd, --no-defaults] exited, last 100 "
                        + "lines of console:\n2026-11-23 14:47:01 0 [ERROR] InnoDB: Unable to lock ./ibdata1 error: 11\n"
                        + "2026-11-23 14:47:01 0 [Note] InnoDB: Check that you do not already have another mariadbd "
                        + "process using the same InnoDB data or log files."));

        assertEquals("its data folder is in use by another MariaDB server; is an earlier Jingwu still running?",
                MariaDbFailure.reason(failure));
    }

    @Test
    void theServersOwnErrorLineIsShownWithoutItsTimestamp() {
        ManagedProcessException failure = new ManagedProcessException("An error occurred while installing the database",
                new ManagedProcessException("failed, last 100 lines of console:\n"
                        + "2026-11-23 14:47:01 0 [Note] Starting MariaDB 11.4.5\n"
                        + "2026-11-23 14:47:01 0 [ERROR] mariadbd: Can't create/write to file '/data/mariadb/x' "
                        + "(Errcode: 13 \"Permission denied\")"));

        assertEquals("mariadbd: Can't create/write to file '/data/mariadb/x' (Errcode: 13 \"Permission denied\")",
                MariaDbFailure.reason(failure));
    }

    @Test
    void aMissingSystemLibraryIsNamed() {
        ManagedProcessException failure = new ManagedProcessException("failed, last lines of console:\n"
                + "/data/mariadb-base/bin/mariadbd: error while loading shared libraries: libaio.so.1: cannot open "
                + "shared object file: No such file or directory");

        assertEquals("a system library is missing: error while loading shared libraries: libaio.so.1: cannot open "
                + "shared object file: No such file or directory", MariaDbFailure.reason(failure));
    }

    @Test
    void aFileProblemNamesTheFile() {
        IOException failure = new java.nio.file.FileAlreadyExistsException("/data/mariadb-tmp");

        assertEquals("/data/mariadb-tmp: FileAlreadyExistsException", MariaDbFailure.reason(failure));
    }

    @Test
    void otherwiseTheInnermostCauseSpeaks() {
        RuntimeException failure = new RuntimeException("Error unpacking embedded DB",
                new IOException("No space left on device"));

        assertEquals("No space left on device", MariaDbFailure.reason(failure));
    }
}
