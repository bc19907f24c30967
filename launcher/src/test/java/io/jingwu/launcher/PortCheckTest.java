package io.jingwu.launcher;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aPortHeldByAnotherProgramIsReportedAsInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            int port = taken.getLocalPort();

            StartupFailure failure = assertThrows(StartupFailure.class, () -> PortCheck.requireFree(port));

            assertEquals("Port " + port + " is already in use: stop the program that uses it or choose another "
                    + "port with JINGWU_PORT", failure.getMessage());
        }
    }

    @Test
    void aPortHeldOnTheLoopbackAddressOnlyIsAlsoInUse() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));

            assertThrows(StartupFailure.class, () -> PortCheck.requireFree(taken.getLocalPort()));
        }
    }

    @Test
    void aFreePortPasses() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        assertDoesNotThrow(() -> PortCheck.requireFree(port));
    }
}
