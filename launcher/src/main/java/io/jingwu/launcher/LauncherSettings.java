package io.jingwu.launcher;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the launcher is told by its environment: an external database (or none, for the embedded
 * one), the HTTP port, the data folder, and the SMS provider if one was chosen.
 *
 * <p>Each setting is an environment variable such as {@code JINGWU_DB_URL}, or the system property
 * MicroProfile Config maps it to ({@code jingwu.db.url}); the system property wins, as it does
 * inside the war.
 */
public record LauncherSettings(String dbUrl, String dbUser, String dbPassword, int port, Path dataDir,
                               String smsProvider) {

    public static final String DB_URL = "JINGWU_DB_URL";
    public static final String DB_USER = "JINGWU_DB_USER";
    public static final String DB_PASSWORD = "JINGWU_DB_PASSWORD";
    public static final String PORT = "JINGWU_PORT";
    public static final String DATA_DIR = "JINGWU_DATA_DIR";
    public static final String SMS_PROVIDER = "JINGWU_SMS_PROVIDER";

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_DATA_DIR = "jingwu-data";

    private static final String MARIADB_URL_PREFIX = "jdbc:mariadb:";

    public static LauncherSettings fromEnvironment() throws StartupFailure {
        return from(System.getenv(), System.getProperties());
    }

    static LauncherSettings from(Map<String, String> environment, Properties systemProperties) throws StartupFailure {
        Source source = new Source(environment, systemProperties);
        String url = source.get(DB_URL);
        String user = source.get(DB_USER);
        String password = source.getVerbatim(DB_PASSWORD);
        if (url != null) {
            if (!url.startsWith(MARIADB_URL_PREFIX)) {
                throw new StartupFailure(DB_URL + " must be a MariaDB JDBC URL such as "
                        + "jdbc:mariadb://db.example.org:3306/jingwu, not '" + url + "'");
            }
            if (user == null) {
                throw new StartupFailure(DB_USER + " must be set when " + DB_URL + " is set");
            }
        }
        return new LauncherSettings(url, user, password == null ? "" : password,
                port(source.get(PORT)), dataDir(source.get(DATA_DIR)), source.get(SMS_PROVIDER));
    }

    /** The external database, or empty when the embedded one is to be started. */
    public Optional<DatabaseSettings> externalDatabase() {
        return dbUrl == null ? Optional.empty() : Optional.of(new DatabaseSettings(dbUrl, dbUser, dbPassword));
    }

    /** The SMS provider the user chose, or empty to leave the choice to the launcher. */
    public Optional<String> chosenSmsProvider() {
        return Optional.ofNullable(smsProvider);
    }

    /** Settings that have no effect, worth a word so nobody believes they are in use. */
    public List<String> ignoredSettings() {
        List<String> ignored = new ArrayList<>();
        if (dbUrl == null && dbUser != null) {
            ignored.add(DB_USER);
        }
        if (dbUrl == null && !dbPassword.isEmpty()) {
            ignored.add(DB_PASSWORD);
        }
        return ignored;
    }

    private static int port(String value) throws StartupFailure {
        if (value == null) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the value that was given
        }
        throw new StartupFailure(PORT + " must be a TCP port number from 1 to 65535, not '" + value + "'");
    }

    private static Path dataDir(String value) throws StartupFailure {
        try {
            return Path.of(value == null ? DEFAULT_DATA_DIR : value).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new StartupFailure(DATA_DIR + " is not a usable folder name: '" + value + "'");
        }
    }

    @Override
    public String toString() {
        return "LauncherSettings[dbUrl=" + dbUrl + ", dbUser=" + dbUser + ", dbPassword=***, port=" + port
                + ", dataDir=" + dataDir + ", smsProvider=" + smsProvider + "]";
    }

    /** Looks a setting up as a system property first, then as an environment variable; blank means unset. */
    private record Source(Map<String, String> environment, Properties systemProperties) {

        String get(String variable) {
            String value = getVerbatim(variable);
            return value == null ? null : value.strip();
        }

        /** For passwords, where surrounding spaces may belong to the value. */
        String getVerbatim(String variable) {
            String value = systemProperties.getProperty(propertyName(variable));
            if (value == null || value.isBlank()) {
                value = environment.get(variable);
            }
            return value == null || value.isBlank() ? null : value;
        }

        /** The name MicroProfile Config also accepts for the variable: JINGWU_DB_URL is jingwu.db.url. */
        static String propertyName(String variable) {
            return variable.toLowerCase(Locale.ROOT).replace('_', '.');
        }
    }
}
