package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

import org.junit.jupiter.api.Test;

/**
 * The failures that need a MariaDB server use the machine's own server on 127.0.0.1:3306 (user root
 * with an empty password, database {@code test}) and are skipped where there is none.
 */
class DatabaseCheckTest {

    private static final String LOCAL_SERVER = "jdbc:mariadb://127.0.0.1:3306/";

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
    void aWrongPasswordIsAccessDenied() {
        assumeLocalServer();
        DatabaseSettings database = new DatabaseSettings(LOCAL_SERVER + "test", "root", "certainly-not-the-password");

        StartupFailure failure = assertThrows(StartupFailure.class, () -> DatabaseCheck.verify(database));

        assertEquals("The database server at 127.0.0.1:3306 denied access to user 'root': check JINGWU_DB_USER "
                + "and JINGWU_DB_PASSWORD", failure.getMessage());
    }

    @Test
    void aMissingDatabaseIsNamed() {
        assumeLocalServer();
        DatabaseSettings database = new DatabaseSettings(LOCAL_SERVER + "jingwu_no_such_database", "root", "");

        StartupFailure failure = assertThrows(StartupFailure.class, () -> DatabaseCheck.verify(database));

        assertEquals("The database server at 127.0.0.1:3306 has no database 'jingwu_no_such_database': create it "
                + "or fix JINGWU_DB_URL", failure.getMessage());
    }

    @Test
    void workingSettingsPass() {
        assumeLocalServer();
        assertDoesNotThrow(() -> DatabaseCheck.verify(new DatabaseSettings(LOCAL_SERVER + "test", "root", "")));
    }

    @Test
    void theServerIsNamedByHostAndPortOnlyNeverByTheWholeUrl() {
        assertEquals("db1.example.org:3307, db2.example.org:3306", DatabaseCheck.serverOf(
                "jdbc:mariadb:sequential://db1.example.org:3307,db2.example.org/jingwu?password=hunter2"));
    }

    private static void assumeLocalServer() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", 3306), 1000);
        } catch (IOException e) {
            assumeTrue(false, "no MariaDB server on 127.0.0.1:3306");
        }
    }
}
