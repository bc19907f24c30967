package io.jingwu.it;

import io.jingwu.launcher.DatabaseSettings;
import io.jingwu.launcher.EmbeddedDatabase;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the suite's application runs, once per JVM. The database: with {@code JINGWU_DB_URL} set, that server
 * (Payara Micro inherits the environment); otherwise a fresh embedded MariaDB started the way the launcher
 * starts it. The HTTP port: a free one chosen here, so that every nested class of the suite knows the address
 * (Arquillian only injects it into the class that declares the deployment). Must be registered before
 * {@code ArquillianExtension}, which reads {@code payara.cmdOptions} and {@code payara.extraMicroOptions} when
 * it starts.
 */
public class TestEnvironment implements BeforeAllCallback {

    private static DatabaseSettings settings;
    private static URI base;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (TestEnvironment.class) {
            if (settings == null) {
                settings = start(context);
                int port = freePort();
                System.setProperty("payara.extraMicroOptions", "--port " + port);
                base = URI.create("http://localhost:" + port + "/");
            }
        }
    }

    /** The root of the deployed application. */
    public static URI base() {
        return base;
    }

    /** For checks that look at what was stored, beneath the API. */
    public static Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.url(), settings.user(), settings.password());
    }

    private static DatabaseSettings start(ExtensionContext context) throws Exception {
        String external = System.getenv("JINGWU_DB_URL");
        if (external != null && !external.isBlank()) {
            System.setProperty("payara.cmdOptions", "");
            return new DatabaseSettings(external, env("JINGWU_DB_USER", "root"), env("JINGWU_DB_PASSWORD", ""));
        }
        Path dataDir = Paths.get(System.getProperty("jingwu.it.dataDir", "target/it-data"));
        deleteQuietly(dataDir.resolve("mariadb"));   // a fresh database each run; the unpacked binaries stay
        deleteQuietly(dataDir.resolve("secrets"));
        EmbeddedDatabase database = new EmbeddedDatabase();
        DatabaseSettings started = database.start(dataDir);
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .put(EmbeddedDatabase.class, (ExtensionContext.Store.CloseableResource) database::stop);
        System.setProperty("payara.cmdOptions", "-Djingwu.db.url=" + started.url()
                + " -Djingwu.db.user=" + started.user()
                + " -Djingwu.db.password=" + started.password());
        return started;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void deleteQuietly(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
