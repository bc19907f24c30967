package io.jingwu.bench;

import io.jingwu.api.platform.crypto.DataKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The installation a benchmark measures: the built launcher on a database of its own, with a crypto key, a signing
 * key and an administrator's password made for the run, so that nothing of another installation is reused.
 */
final class BenchInstallation {

    /** What is measured, once the server is ready. */
    interface Measurement {
        void measure(JingwuServer server, Connection database) throws Exception;
    }

    /** What is measured with servers started as often as needed on the same database, e.g. after seeding it. */
    interface Session {
        void run(Servers servers, Connection database) throws Exception;
    }

    /** Starts the installation's server; the caller stops it (closes it) before it starts the next one. */
    interface Servers {
        JingwuServer start() throws IOException;
    }

    static final Path JAR = Path.of("launcher/target/jingwu.jar");

    private final SecureRandom random = new SecureRandom();
    private final BenchDatabase database;
    private final String name;
    private final byte[] cryptoKey = randomBytes(32);
    private final String adminPassword = "Bench-" + HexFormat.of().formatHex(randomBytes(12));
    /** Settings of this benchmark's own, beside the run's database and keys. */
    private final Map<String, String> settings = new HashMap<>();
    private Path jar = JAR;

    /** @param name the benchmark's name, for its data folder and its server log under {@code bench/target} */
    BenchInstallation(BenchDatabase database, String name) {
        this.database = database;
        this.name = name;
    }

    /** The server's key, so that seeders write personal data as the server would. */
    DataKeys keys() {
        return DataKeys.derive(cryptoKey);
    }

    String adminPassword() {
        return adminPassword;
    }

    /** Configures the server as the environment variable would, e.g. a limit the benchmark must not reach. */
    BenchInstallation with(String variable, String value) {
        settings.put(variable, value);
        return this;
    }

    /** Runs another build of the launcher, e.g. of an earlier commit, to compare with. */
    BenchInstallation jar(Path builtJar) {
        this.jar = builtJar;
        return this;
    }

    Path jar() {
        return jar;
    }

    /** A password of the run, for the accounts the benchmark creates. */
    String newPassword(String prefix) {
        return prefix + HexFormat.of().formatHex(randomBytes(12));
    }

    /**
     * Creates the database, starts the server, measures, stops the server and drops the database (unless kept), also
     * when the process ends early (the time limit, an interrupt): nothing of the run stays on the shared server.
     */
    void run(boolean keepDatabase, Consumer<String> say, Measurement measurement) throws Exception {
        runServers(keepDatabase, say, (servers, database) -> {
            try (JingwuServer server = servers.start()) {
                measurement.measure(server, database);
            }
            say.accept("server stopped");
        });
    }

    /**
     * {@link #run} for a session that starts the server more than once on the same database (each start stopped before
     * the next); the database is dropped at the end unless kept.
     */
    void runServers(boolean keepDatabase, Consumer<String> say, Session session) throws Exception {
        if (!Files.isRegularFile(jar)) {
            throw new IOException(jar + " is missing: build first (mvn -B -q package -DskipTests)");
        }
        String databasePassword = HexFormat.of().formatHex(randomBytes(16));
        database.recreate(databasePassword);
        Thread dropAtExit = new Thread(database::drop, "drop-" + database.name());
        if (!keepDatabase) {
            Runtime.getRuntime().addShutdownHook(dropAtExit);
        }
        Map<String, String> environment = new HashMap<>();
        environment.put("JINGWU_DB_URL", database.url());
        environment.put("JINGWU_DB_USER", database.name());
        environment.put("JINGWU_DB_PASSWORD", databasePassword);
        environment.put("JINGWU_CRYPTO_KEY", Base64.getEncoder().encodeToString(cryptoKey));
        environment.put("JINGWU_AUTH_SIGNING_KEY", Base64.getEncoder().encodeToString(randomBytes(32)));
        environment.put("JINGWU_ADMIN_PASSWORD", adminPassword);
        environment.put("JINGWU_DATA_DIR", Path.of("bench/target/" + name + "-data").toAbsolutePath().toString());
        environment.putAll(settings);
        int[] starts = {0};
        try (Connection connection = database.connect()) {
            session.run(() -> {
                say.accept("starting Jingwu (" + jar + ") on " + database.url());
                starts[0]++;
                Path log = Path.of("bench/target/" + name + "-server" + (starts[0] == 1 ? "" : "-" + starts[0]) + ".log");
                JingwuServer server = JingwuServer.start(jar, environment, log);
                say.accept("ready at " + server.base() + " (log: " + server.log() + ")");
                return server;
            }, connection);
        } finally {
            if (!keepDatabase) {
                database.drop();
                try {
                    Runtime.getRuntime().removeShutdownHook(dropAtExit);
                } catch (IllegalStateException exiting) {
                    // the hook runs now, or already ran
                }
            }
        }
    }

    private byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        random.nextBytes(bytes);
        return bytes;
    }
}
