package io.jingwu.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A benchmark's own database on the local MariaDB server (127.0.0.1, port BENCH_DB_PORT, administered as
 * BENCH_DB_USER with BENCH_DB_PASSWORD; by default root without password on 3306), with an account of the same name
 * for the server: both created anew and dropped at the end.
 */
final class BenchDatabase {

    private final String name;

    BenchDatabase(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    String url() {
        return url(name);
    }

    /** A new database, and the server's account with a new password (the application needs one). */
    void recreate(String password) throws SQLException {
        try (Connection server = connect(""); Statement statement = server.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci");
            statement.execute("CREATE OR REPLACE USER '" + name + "'@'127.0.0.1' IDENTIFIED BY '" + password + "'");
            statement.execute("GRANT ALL ON " + name + ".* TO '" + name + "'@'127.0.0.1'");
        }
    }

    /**
     * Waits a minute at most for the server's transactions (it may still be stopping when the process ends early), not
     * the server's default of a day.
     */
    void drop() {
        try (Connection server = connect(""); Statement statement = server.createStatement()) {
            statement.execute("SET SESSION lock_wait_timeout = 60");
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("DROP USER IF EXISTS '" + name + "'@'127.0.0.1'");
        } catch (SQLException e) {
            System.err.println("Could not drop " + name + ": " + e.getMessage());
        }
    }

    /**
     * The server's InnoDB buffer pool in bytes, resized first when {@code bytes} is positive (MariaDB resizes it while
     * it runs, in the background; a database server is sized for what its queries keep reading).
     */
    long bufferPool(long bytes) throws SQLException {
        try (Connection server = connect(""); Statement statement = server.createStatement()) {
            if (bytes > 0) {
                statement.execute("SET GLOBAL innodb_buffer_pool_size = " + bytes);
            }
            try (java.sql.ResultSet size = statement.executeQuery("SELECT @@innodb_buffer_pool_size")) {
                size.next();
                return size.getLong(1);
            }
        }
    }

    /** As the administering account, to seed and to read plans. */
    Connection connect() throws SQLException {
        return connect(name);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database), System.getenv().getOrDefault("BENCH_DB_USER", "root"),
                System.getenv().getOrDefault("BENCH_DB_PASSWORD", ""));
    }

    private static String url(String database) {
        return "jdbc:mariadb://127.0.0.1:" + System.getenv().getOrDefault("BENCH_DB_PORT", "3306") + "/" + database;
    }
}
