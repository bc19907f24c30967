package io.jingwu.launcher;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code java -jar jingwu.jar [Payara Micro options]}: checks the configuration, starts the embedded
 * database unless one is configured, boots Payara Micro with the war at {@code /}, and prints one
 * line when the application is ready. Any start-up problem ends the program with one line on stderr
 * and exit status 1.
 */
public final class Launcher {

    private static final String APPLICATION = "Jingwu";
    private static final Duration READY_LIMIT = Duration.ofSeconds(180);
    private static final Duration READY_POLL_INTERVAL = Duration.ofMillis(500);

    private Launcher() {
    }

    public static void main(String[] args) {
        try {
            if (PayaraArguments.isNonServing(args)) {
                if (containsIgnoringCase(args, "--help")) {
                    printUsage();
                }
                PayaraServer.handOver(args);
                return;
            }
            start(args);
        } catch (StartupFailure failure) {
            fail(failure.getMessage());
        } catch (NoClassDefFoundError missing) {
            fail("The libraries beside jingwu.jar are incomplete (" + missing.getMessage()
                    + " is missing): keep the lib folder that was built with jingwu.jar next to it");
        } catch (Exception | LinkageError unexpected) {
            fail(APPLICATION + " failed to start: " + unexpected);
        }
    }

    private static void fail(String message) {
        if (shutdownInProgress()) {
            // Ctrl-C or SIGTERM while starting: whatever broke, broke because things were being stopped
            System.err.println(APPLICATION + " was stopped before it was ready.");
            return;
        }
        System.err.println(message);
        // the shutdown hooks stop whatever was started already
        System.exit(1);
    }

    private static boolean shutdownInProgress() {
        Thread probe = new Thread(() -> { });
        try {
            Runtime.getRuntime().addShutdownHook(probe);
            Runtime.getRuntime().removeShutdownHook(probe);
            return false;
        } catch (IllegalStateException shuttingDown) {
            return true;
        }
    }

    private static void start(String[] args) throws StartupFailure {
        LauncherSettings settings = LauncherSettings.fromEnvironment();
        Path war = ApplicationArchive.locate();
        PayaraArguments payara = PayaraArguments.of(war, settings.port(), args);
        PortCheck.requireFree(payara.httpPort());
        Path dataDir = createDataDir(settings.dataDir());
        for (String ignored : settings.ignoredSettings()) {
            System.out.println("Note: " + ignored + " is ignored because " + LauncherSettings.DB_URL
                    + " is not set; using the embedded database.");
        }

        DatabaseSettings database;
        boolean demoData;
        Optional<DatabaseSettings> external = settings.externalDatabase();
        if (external.isPresent()) {
            database = external.get();
            DatabaseCheck.verify(database);
            System.out.println("Using the database at " + DatabaseCheck.serverOf(database.url()) + ".");
            demoData = false;
        } else {
            long begin = System.nanoTime();
            System.out.println("Starting the embedded MariaDB in " + dataDir.resolve("mariadb") + " ...");
            // stopped on JVM exit by its own hook, after Payara Micro
            EmbeddedDatabase embeddedDatabase = new EmbeddedDatabase();
            database = embeddedDatabase.start(dataDir);
            System.out.printf(Locale.ROOT, "Embedded MariaDB is running on 127.0.0.1:%d (%.1f s).%n",
                    embeddedDatabase.port(), (System.nanoTime() - begin) / 1e9);
            demoData = true;
        }
        boolean smsProviderChosen = settings.chosenSmsProvider().isPresent();
        ApplicationProperties.publish(database, demoData, dataDir, smsProviderChosen);

        if (external.isEmpty()) {
            payara = payara.withoutDataGrid();
        }
        PayaraServer server = PayaraServer.boot(payara.arguments());
        String application = applicationName(war);
        if (!server.isDeployed(application)) {
            throw new StartupFailure("The application " + war + " failed to deploy: see the Payara Micro log above");
        }
        new ReadinessProbe(READY_POLL_INTERVAL).await(
                URI.create("http://127.0.0.1:" + payara.httpPort() + "/health/ready"), READY_LIMIT);
        System.out.printf(Locale.ROOT, "%s is ready: open http://localhost:%d/ (data folder %s; started in %.1f s)%n",
                APPLICATION, payara.httpPort(), dataDir, ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
        if (demoData && !smsProviderChosen) {
            System.out.println("Text messages to citizens, one-time codes included, are written to "
                    + dataDir.resolve("sms-outbox.log") + " and to this console (" + LauncherSettings.SMS_PROVIDER
                    + "=" + ApplicationProperties.DEVELOPMENT_SMS_PROVIDER + ").");
        }
    }

    private static Path createDataDir(Path dataDir) throws StartupFailure {
        try {
            return Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StartupFailure("Cannot create the data folder " + dataDir + " (" + e
                    + "): choose another with " + LauncherSettings.DATA_DIR);
        }
    }

    /** The name Payara gives a deployed war: its file name without the extension. */
    static String applicationName(Path war) {
        String name = war.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static boolean containsIgnoringCase(String[] args, String option) {
        for (String arg : args) {
            if (arg.equalsIgnoreCase(option)) {
                return true;
            }
        }
        return false;
    }

    private static void printUsage() {
        System.out.println("""
                Usage: java -jar jingwu.jar [Payara Micro options]

                Environment (or the system property in brackets):
                  JINGWU_DB_URL       (jingwu.db.url)      MariaDB JDBC URL; unset: an embedded MariaDB is started
                  JINGWU_DB_USER      (jingwu.db.user)     account for JINGWU_DB_URL
                  JINGWU_DB_PASSWORD  (jingwu.db.password) its password
                  JINGWU_PORT         (jingwu.port)        HTTP port, default 8080 (--port wins)
                  JINGWU_DATA_DIR     (jingwu.data.dir)    data folder, default ./jingwu-data
                  JINGWU_CRYPTO_KEY   (jingwu.crypto.key)  32 random bytes in base64 that encrypt personal data, the
                                                           same on every instance; unset with the embedded database:
                                                           generated into the data folder
                  JINGWU_ADMIN_PASSWORD (jingwu.admin.password) the first administrator's password; required at the
                                                           first start on a configured database
                  JINGWU_SMS_PROVIDER (jingwu.sms.provider) none, or file (the embedded database's default: text
                                                           messages go to sms-outbox.log in the data folder)

                Payara Micro options:""");
    }
}
