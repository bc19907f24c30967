package io.jingwu.bench;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What the figures were measured on, as the reports name it: the machine is shared (other work, the database server,
 * the server under test and the clients all run on the same cores), so its load average goes beside every run.
 */
final class BenchMachine {

    private BenchMachine() {
    }

    /**
     * Cores, load average now, Java, MariaDB and its buffer pool.
     *
     * @param clients who else shares the machine besides the server: "the client", "the clients"
     */
    static String describe(Connection database, String clients) throws SQLException {
        try (Statement statement = database.createStatement();
             ResultSet row = statement.executeQuery("SELECT VERSION(), @@innodb_buffer_pool_size")) {
            row.next();
            return String.format(Locale.ROOT, "%d cores, load average %.2f at the start; Java %s; MariaDB %s "
                            + "(innodb_buffer_pool_size %d MiB) on 127.0.0.1, shared with the server and %s",
                    Runtime.getRuntime().availableProcessors(), loadAverage(), Runtime.version(), row.getString(1),
                    row.getLong(2) >> 20, clients);
        }
    }

    /** The system's load average over the last minute. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** A table's rows and indexes in MiB, as InnoDB estimates them. */
    static String tableSize(Connection database, String table) throws SQLException {
        try (Statement statement = database.createStatement();
             ResultSet row = statement.executeQuery("SELECT data_length, index_length FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_name = '" + table + "'")) {
            row.next();
            return String.format(Locale.ROOT, "%d MiB of rows and %d MiB of indexes (estimated)",
                    row.getLong(1) >> 20, row.getLong(2) >> 20);
        }
    }

    /**
     * Pages InnoDB had to read because they were not in its buffer pool: a server-wide counter (other databases on
     * the same server count too), to tell a cache that no longer holds the table from work that grows with it.
     */
    static long diskReads(Connection database) throws SQLException {
        try (Statement statement = database.createStatement();
             ResultSet row = statement.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_buffer_pool_reads'")) {
            row.next();
            return row.getLong(2);
        }
    }
}
