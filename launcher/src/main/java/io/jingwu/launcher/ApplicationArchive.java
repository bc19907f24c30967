package io.jingwu.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the application war, which the build puts in {@code lib/} beside {@code jingwu.jar}; found
 * from the jar's own location so the launcher can be started from any working directory.
 */
final class ApplicationArchive {

    static final String RELATIVE_PATH = "lib/jingwu.war";

    private ApplicationArchive() {
    }

    static Path locate() throws StartupFailure {
        return requireReadable(launcherHome().resolve(RELATIVE_PATH));
    }

    static Path requireReadable(Path war) throws StartupFailure {
        if (!Files.isRegularFile(war) || !Files.isReadable(war)) {
            throw new StartupFailure("The application archive is missing: " + war
                    + " (it is built next to jingwu.jar; keep the lib folder beside the jar)");
        }
        return war;
    }

    /** The folder holding jingwu.jar, or the build output folder when run from compiled classes. */
    static Path launcherHome() throws StartupFailure {
        try {
            Path location = Path.of(ApplicationArchive.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return location.toAbsolutePath().getParent();
        } catch (URISyntaxException | RuntimeException e) {
            throw new StartupFailure("Cannot tell where jingwu.jar is, so the application archive "
                    + RELATIVE_PATH + " cannot be found: " + e.getMessage());
        }
    }
}
