package io.jingwu.launcher;

import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/**
 * Finds out before anything starts whether the HTTP port can be used, because Payara Micro would
 * otherwise report a taken port deep inside its boot log after the database is already up.
 */
final class PortCheck {

    private PortCheck() {
    }

    static void requireFree(int port) throws StartupFailure {
        // the wildcard address, as Payara Micro listens on all interfaces: a program holding the
        // port on any one address makes this bind fail too
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(port));
        } catch (BindException e) {
            String reason = e.getMessage() == null ? "" : e.getMessage();
            if (reason.toLowerCase().contains("in use")) {
                throw new StartupFailure("Port " + port + " is already in use: stop the program that uses it "
                        + "or choose another port with " + LauncherSettings.PORT);
            }
            throw new StartupFailure("Cannot listen on port " + port + " (" + reason + "): choose another port with "
                    + LauncherSettings.PORT);
        } catch (IOException e) {
            throw new StartupFailure("Cannot listen on port " + port + ": " + e.getMessage());
        }
    }
}
