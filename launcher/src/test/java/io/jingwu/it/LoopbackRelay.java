package io.jingwu.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The deployment as reached from another loopback address (127.0.0.2, 127.0.0.3, ...): a relay on 127.0.0.1 that
 * opens each of its connections to the server from that address, so the server sees it as the socket peer. The
 * suite trusts 127.0.0.2 as its load balancer ({@link TestEnvironment}); the checks then write the
 * {@code X-Forwarded-For} header such a balancer would. The relay passes bytes and adds nothing. One relay per
 * address, for the life of the run.
 */
final class LoopbackRelay {

    private static final Map<String, URI> RELAYS = new ConcurrentHashMap<>();

    private LoopbackRelay() {
    }

    /** The root of the deployed application, reached from {@code sourceAddress}. */
    static URI from(String sourceAddress) {
        return RELAYS.computeIfAbsent(sourceAddress, LoopbackRelay::start);
    }

    private static URI start(String sourceAddress) {
        try {
            ServerSocket listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), TestEnvironment.base().getPort());
            daemon("relay-" + sourceAddress, () -> {
                while (!listener.isClosed()) {
                    try {
                        Socket client = listener.accept();
                        Socket upstream = new Socket();
                        upstream.bind(new InetSocketAddress(sourceAddress, 0));
                        upstream.connect(server, 10_000);
                        daemon("relay-up", () -> pump(client, upstream));
                        daemon("relay-down", () -> pump(upstream, client));
                    } catch (IOException e) {
                        // one connection failed; the client sees it closed and the relay goes on
                    }
                }
            });
            return URI.create("http://" + listener.getInetAddress().getHostAddress() + ":" + listener.getLocalPort() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies one direction; a half-close is passed on, and the second direction to end closes both sockets. */
    private static void pump(Socket from, Socket to) {
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            in.transferTo(out);
            to.shutdownOutput();
            if (from.isOutputShutdown()) {
                closeQuietly(from);
                closeQuietly(to);
            }
        } catch (IOException closed) {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }
}
