package io.jingwu.api.testing;

import io.jingwu.api.divisions.control.DivisionsReferenceData;
import io.jingwu.api.platform.crypto.TestKeyring;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * The one database of the component tests in this JVM: created and migrated on first use, as the application
 * migrates at deployment, and gone when the JVM ends. It lives on the MariaDB server of {@code JINGWU_DB_URL}
 * (with {@code JINGWU_DB_USER}, {@code JINGWU_DB_PASSWORD}; or the system properties {@code jingwu.db.url} ...)
 * when one is set, in a database of its own named after the URL's ({@code jingwu_ci} gives
 * {@code jingwu_ci_1a2b3c4d}); otherwise on an embedded MariaDB ({@link EmbeddedServer}).
 *
 * <p>The persistence unit is the application's own ({@code jingwu}, every entity and named query), run by
 * EclipseLink in Java SE mode with local transactions instead of the container's JTA data source.
 */
public final class ComponentDatabase {

    private static final String PERSISTENCE_UNIT = "jingwu";
    /** Personal data is encrypted with this key in every component test (installed again at each transaction). */
    private static final byte[] DATA_KEY = randomBytes(32);

    private static EntityManagerFactory factory;
    /** Why the database could not be had: every later test fails with it at once instead of trying again. */
    private static RuntimeException unavailable;

    private ComponentDatabase() {
    }

    public static synchronized EntityManagerFactory entityManagerFactory() {
        if (unavailable != null) {
            throw unavailable;
        }
        if (factory == null) {
            try {
                factory = start();
            } catch (RuntimeException e) {
                unavailable = e;
                throw e;
            }
        }
        installKeys();
        return factory;
    }

    /** Makes the component tests' data key the one {@link io.jingwu.api.platform.crypto.Keyring} hands out. */
    static void installKeys() {
        TestKeyring.install(DATA_KEY);
    }

    /** Runs the work in a transaction of its own and commits it: what it wrote is seen by every other connection. */
    public static <T> T committed(Function<EntityManager, T> work) {
        try (SeparateTransaction transaction = SeparateTransaction.begin()) {
            T result = work.apply(transaction.em());
            transaction.commit();
            return result;
        }
    }

    private static EntityManagerFactory start() {
        Optional<String> configuredUrl = setting("JINGWU_DB_URL");
        EmbeddedServer embedded = configuredUrl.isPresent() ? null : EmbeddedServer.start(buildFolder());
        ServerAccount server = configuredUrl
                .map(url -> ServerAccount.configured(url, setting("JINGWU_DB_USER").orElse(""),
                        setting("JINGWU_DB_PASSWORD").orElse("")))
                .orElseGet(() -> embedded.account());
        String database = server.stem() + "_" + HexFormat.of().formatHex(randomBytes(4));
        AtomicReference<EntityManagerFactory> opened = new AtomicReference<>();
        // registered before anything else can fail, so that no server process or database outlives the JVM
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            Optional.ofNullable(opened.get()).ifPresent(EntityManagerFactory::close);
            if (embedded != null) {
                embedded.stop();
            } else {
                dropQuietly(server, database);
            }
        }, "component database shutdown"));

        execute(server, "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
        String url = server.urlOf(database);
        Flyway.configure(ComponentDatabase.class.getClassLoader())
                .dataSource(url, server.user(), server.password())
                .locations("classpath:db/migration")
                .javaMigrations(new DivisionsReferenceData())
                .load()
                .migrate();
        opened.set(Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, Map.of(
                "jakarta.persistence.transactionType", "RESOURCE_LOCAL",
                "jakarta.persistence.jtaDataSource", "",
                "jakarta.persistence.jdbc.driver", "org.mariadb.jdbc.Driver",
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", server.user(),
                "jakarta.persistence.jdbc.password", server.password(),
                // no agent in a test JVM: the entities run unwoven, as plain classes
                "eclipselink.weaving", "false")));
        opened.get().createEntityManager().close(); // connects now, so a wrong setting fails here
        return opened.get();
    }

    /** The module's build folder ({@code api/target}), wherever the JVM was started from. */
    private static Path buildFolder() {
        try {
            Path testClasses = Path.of(ComponentDatabase.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return testClasses.getParent().resolve("component-database");
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void dropQuietly(ServerAccount server, String database) {
        try {
            execute(server, "DROP DATABASE IF EXISTS `" + database + "`");
        } catch (IllegalStateException e) {
            System.err.println(e.getMessage());
        }
    }

    private static void execute(ServerAccount server, String sql) {
        try (Connection connection = DriverManager.getConnection(server.serverUrl(), server.user(), server.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + server.address() + " as " + server.user() + " failed: "
                    + e.getMessage() + " (the component tests need a server they reach, and an account that may "
                    + "create and drop the databases " + server.stem() + "_*)", e);
        }
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /** An environment variable, or its system property in lower case with dots, as the application reads them. */
    private static Optional<String> setting(String variable) {
        String value = System.getenv(variable);
        if (value == null) {
            value = System.getProperty(variable.toLowerCase().replace('_', '.'));
        }
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
