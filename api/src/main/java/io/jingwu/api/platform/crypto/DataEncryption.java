package io.jingwu.api.platform.crypto;

import io.jingwu.api.platform.database.DatabaseMigrations;
import io.jingwu.api.platform.secrets.Secrets;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.logging.Logger;

/**
 * Loads the data key ({@code JINGWU_CRYPTO_KEY}) when the application deploys, right after the migrations:
 * records its fingerprint in {@code key_fingerprints} on the very first start, compares it on every later one,
 * and fails the deployment when the key is not the one the data was encrypted with (or is missing), so that an
 * instance with another key never serves. Then hands the keys to the {@link Keyring}.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrations")
@TransactionManagement(TransactionManagementType.BEAN)
public class DataEncryption {

    public static final String CONFIG_KEY = "jingwu.crypto.key";

    private static final Logger LOG = Logger.getLogger(DataEncryption.class.getName());

    @Inject
    Secrets secrets;

    @Inject
    Clock clock;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    private DataKeys keys;

    @PostConstruct
    void load() {
        try {
            DataKeys loaded = DataKeys.derive(secrets.key(CONFIG_KEY, DataKeys.KEY_BYTES));
            KeyFingerprint.requireMatch(CONFIG_KEY, recordedFingerprint(loaded.fingerprint()), loaded.fingerprint());
            keys = loaded;
            Keyring.install(loaded);
            LOG.info(() -> "Personal data key " + CONFIG_KEY + " loaded, fingerprint "
                    + loaded.fingerprint().substring(0, 12) + " matches the database");
        } catch (IllegalStateException refused) {
            // one readable line above the container's stack trace
            LOG.severe(refused.getMessage());
            throw refused;
        }
    }

    @Lock(LockType.READ)
    public DataKeys keys() {
        return keys;
    }

    /** The fingerprint the database knows; the given one when this is the first start (it is recorded now). */
    private String recordedFingerprint(String fingerprint) {
        try (Connection connection = dataSource.getConnection()) {
            // several instances may start at once on a new database: the first insert wins, the others compare
            try (PreparedStatement record = connection.prepareStatement(
                    "INSERT IGNORE INTO key_fingerprints (key_name, fingerprint, recorded_at) VALUES (?, ?, ?)")) {
                record.setString(1, CONFIG_KEY);
                record.setString(2, fingerprint);
                record.setObject(3, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                if (record.executeUpdate() == 1) {
                    LOG.info(() -> "First start on this database: recorded the fingerprint of " + CONFIG_KEY);
                }
            }
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT fingerprint FROM key_fingerprints WHERE key_name = ?")) {
                read.setString(1, CONFIG_KEY);
                try (ResultSet row = read.executeQuery()) {
                    if (!row.next()) {
                        throw new IllegalStateException("The fingerprint of " + CONFIG_KEY + " was not recorded");
                    }
                    return row.getString(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot check the fingerprint of " + CONFIG_KEY + ": " + e.getMessage(), e);
        }
    }
}
