package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

/**
 * Failures found without a database server. Those that need one (wrong password, missing database) are checked
 * against the end-to-end suite's database, in {@code io.jingwu.it.LauncherChecks}.
 */
class DatabaseCheckTest {

    @Test
    void aServerThatDoesNotListenIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        DatabaseSettings database = new DatabaseSettings("jdbc:mariadb://127.0.0.1:" + closedPort + "/jingwu", "jingwu", "x");

        StartupFailure failure = assertThrows(StartupFailure.class, () -> DatabaseCheck.verify(database));

        assertEquals("Cannot reach the database server at 127.0.0.1:" + closedPort + " (connection refused): check "
                + "JINGWU_DB_URL and that the server is running", failure.getMessage());
    }

    @Test
    void anUnknownHostIsUnreachable() {
        DatabaseSettings database = new DatabaseSettings("jdbc:mariadb://no-such-host.invalid:3306/jingwu", "jingwu", "x");

        StartupFailure failure = assertThrows(StartupFailure.class, () -> DatabaseCheck.verify(database));

        assertEquals("Cannot reach the database server at no-such-host.invalid:3306 (unknown host): check "
                + "JINGWU_DB_URL and that the server is running", failure.getMessage());
    }

    @Test
    void theServerIsNamedByHostAndPortOnlyNeverByTheWholeUrl() {
        assertEquals("db1.example.org:3307, db2.example.org:3306", DatabaseCheck.serverOf(
                "jdbc:mariadb:sequential://db1.example.org:3307,db2.example.org/jingwu?password=hunter2"));
    }

}
