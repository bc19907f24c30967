package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class PayaraArgumentsTest {

    private static final Path WAR = Path.of("/opt/jingwu/lib/jingwu.war");

    @Test
    void deploysTheWarAtTheRootOnTheConfiguredPort() throws StartupFailure {
        PayaraArguments arguments = PayaraArguments.of(WAR, 8080);

        assertEquals(List.of("--deploy", "/opt/jingwu/lib/jingwu.war:/", "--port", "8080"), arguments.arguments());
        assertEquals(8080, arguments.httpPort());
    }

    @Test
    void passesTheUsersOptionsThroughUnchanged() throws StartupFailure {
        PayaraArguments arguments = PayaraArguments.of(WAR, 8080, "--nocluster", "--logtofile", "/tmp/jingwu.log");

        assertEquals(List.of("--deploy", "/opt/jingwu/lib/jingwu.war:/", "--port", "8080",
                "--nocluster", "--logtofile", "/tmp/jingwu.log"), arguments.arguments());
    }

    @Test
    void aPortOnTheCommandLineWinsAndIsNotGivenTwice() throws StartupFailure {
        PayaraArguments arguments = PayaraArguments.of(WAR, 8080, "--port", "9191");

        assertEquals(List.of("--deploy", "/opt/jingwu/lib/jingwu.war:/", "--port", "9191"), arguments.arguments());
        assertEquals(9191, arguments.httpPort());
    }

    @Test
    void aPortOptionWithoutANumberIsRejected() {
        StartupFailure failure = assertThrows(StartupFailure.class, () -> PayaraArguments.of(WAR, 8080, "--port"));
        assertEquals("--port must be followed by a TCP port number from 1 to 65535, not ''", failure.getMessage());
    }

    @Test
    void recognisesRunsThatDoNotServe() {
        assertTrue(PayaraArguments.isNonServing("--help"));
        assertTrue(PayaraArguments.isNonServing("--nocluster", "--VERSION"));
        assertTrue(PayaraArguments.isNonServing("--outputuberjar", "/tmp/app.jar"));
        assertFalse(PayaraArguments.isNonServing());
        assertFalse(PayaraArguments.isNonServing("--nocluster"));
    }

    @Test
    void withoutTheDataGridAddsTheOptionOnce() throws StartupFailure {
        PayaraArguments arguments = PayaraArguments.of(WAR, 8080, "--logtofile", "/tmp/jingwu.log").withoutDataGrid();

        assertEquals(List.of("--deploy", "/opt/jingwu/lib/jingwu.war:/", "--port", "8080",
                "--logtofile", "/tmp/jingwu.log", "--nohazelcast"), arguments.arguments());
        assertEquals(arguments, arguments.withoutDataGrid());
    }

    @Test
    void aUserWhoChoosesAClusterKeepsIt() throws StartupFailure {
        for (String option : List.of("--clustermode", "--LITE", "--nocluster", "--hzconfigfile")) {
            PayaraArguments arguments = PayaraArguments.of(WAR, 8080, option, "x");

            assertEquals(arguments, arguments.withoutDataGrid(), option);
        }
    }
}
