package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplicationArchiveTest {

    @TempDir
    Path home;

    @Test
    void aMissingWarIsReportedWithItsPath() {
        Path war = home.resolve(ApplicationArchive.RELATIVE_PATH);

        StartupFailure failure = assertThrows(StartupFailure.class, () -> ApplicationArchive.requireReadable(war));

        assertEquals("The application archive is missing: " + war + " (it is built next to jingwu.jar; keep the lib "
                + "folder beside the jar)", failure.getMessage());
    }

    @Test
    void aPresentWarIsAccepted() throws IOException, StartupFailure {
        Path war = home.resolve(ApplicationArchive.RELATIVE_PATH);
        Files.createDirectories(war.getParent());
        Files.write(war, new byte[] {'P', 'K'});

        assertEquals(war, ApplicationArchive.requireReadable(war));
    }

    @Test
    void theApplicationIsNamedAfterTheWar() {
        assertEquals("jingwu", Launcher.applicationName(Path.of("/opt/jingwu/lib/jingwu.war")));
    }
}
