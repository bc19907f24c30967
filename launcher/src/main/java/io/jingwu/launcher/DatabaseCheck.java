package io.jingwu.launcher;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.stream.Collectors;

import org.mariadb.jdbc.Configuration;

/**
 * Connects once with plain JDBC before Payara starts, so a wrong URL or password is reported in one
 * line instead of as a failed deployment of the persistence unit.
 */
public final class DatabaseCheck {

    /** MariaDB's "access denied for user" error. */
    private static final int ACCESS_DENIED = 1045;
    /** MariaDB's "access denied for user to database" error. */
    private static final int DATABASE_ACCESS_DENIED = 1044;
    private static final int UNKNOWN_DATABASE = 1049;

    private static final int CONNECT_TIMEOUT_MILLIS = 10_000;

    private DatabaseCheck() {
    }

    /** Fails with a one-line explanation unless the database answers a query with these settings. */
    public static void verify(DatabaseSettings database) throws StartupFailure {
        try {
            tryConnect(database);
        } catch (SQLException e) {
            throw explain(database, e);
        }
    }

    static void tryConnect(DatabaseSettings database) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.user());
        properties.setProperty("password", database.password());
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_MILLIS));
        try (Connection connection = DriverManager.getConnection(database.url(), properties);
                Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    static StartupFailure explain(DatabaseSettings database, SQLException e) {
        String server = serverOf(database.url());
        if (e.getErrorCode() == ACCESS_DENIED || "28000".equals(e.getSQLState())) {
            return new StartupFailure("The database server at " + server + " denied access to user '"
                    + database.user() + "': check " + LauncherSettings.DB_USER + " and "
                    + LauncherSettings.DB_PASSWORD);
        }
        if (e.getErrorCode() == DATABASE_ACCESS_DENIED) {
            return new StartupFailure("User '" + database.user() + "' may not use database '"
                    + databaseOf(database.url()) + "' on " + server + ": grant it access or fix "
                    + LauncherSettings.DB_URL);
        }
        if (e.getErrorCode() == UNKNOWN_DATABASE) {
            return new StartupFailure("The database server at " + server + " has no database '"
                    + databaseOf(database.url()) + "': create it or fix " + LauncherSettings.DB_URL);
        }
        String unreachable = unreachableReason(e);
        if (unreachable != null) {
            return new StartupFailure("Cannot reach the database server at " + server + " (" + unreachable
                    + "): check " + LauncherSettings.DB_URL + " and that the server is running");
        }
        return new StartupFailure("Cannot use the database at " + server + ": " + firstLine(e.getMessage()));
    }

    /** Why no connection could be opened at all, or null when the server answered. */
    private static String unreachableReason(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return "connection refused";
            }
            if (cause instanceof UnknownHostException) {
                return "unknown host";
            }
            if (cause instanceof SocketTimeoutException) {
                return "no answer within " + CONNECT_TIMEOUT_MILLIS / 1000 + " s";
            }
            if (cause instanceof NoRouteToHostException) {
                return "no route to host";
            }
        }
        // the driver's own connection failures, when the socket exception is not chained
        if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
            return firstLine(e.getMessage());
        }
        return null;
    }

    /** host:port of the URL; never the URL itself, which may carry a password in its options. */
    static String serverOf(String url) {
        try {
            return Configuration.parse(url).addresses().stream()
                    .map(address -> address.host + ":" + address.port)
                    .collect(Collectors.joining(", "));
        } catch (SQLException | RuntimeException e) {
            return "the configured address";
        }
    }

    private static String databaseOf(String url) {
        try {
            return String.valueOf(Configuration.parse(url).database());
        } catch (SQLException | RuntimeException e) {
            return "?";
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).strip();
    }
}
