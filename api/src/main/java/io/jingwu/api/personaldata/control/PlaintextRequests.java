package io.jingwu.api.personaldata.control;

import io.jingwu.api.platform.crypto.FieldCipher;
import io.jingwu.api.platform.crypto.Keyring;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.crypto.UnreadableValueException;
import io.jingwu.api.platform.database.DatabaseMigrations;
import io.jingwu.api.platform.personal.PhoneNumbers;
import io.jingwu.api.repeats.control.Fingerprints;
import io.jingwu.api.repeats.control.SimilarTextBlocks;
import io.jingwu.api.repeats.entity.Fingerprint;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Encrypts, at start-up, requests that were stored in plain text: rows written before personal data was
 * encrypted (schema version 6) and the embedded default's demo data, which SQL cannot encrypt. They are the
 * rows without a phone hash. Safe with several instances starting at once: a row is only updated while it
 * still has no hash, and a value that already decrypts is left as it is. The same pass gives them the fingerprints
 * later requests are matched against as repeats (they are not linked among themselves).
 */
@Startup
@Singleton
@DependsOn("DataEncryption")
@TransactionManagement(TransactionManagementType.BEAN)
public class PlaintextRequests {

    private static final Logger LOG = Logger.getLogger(PlaintextRequests.class.getName());
    private static final int BATCH = 200;
    private static final String[] COLUMNS = {"contact_name", "contact_phone", "address", "description", "answers"};

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Fingerprints fingerprints;

    @PostConstruct
    void encryptPlainRows() {
        FieldCipher cipher = Keyring.keys().cipher();
        int encrypted = 0;
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> batch;
            long after = 0;
            while (!(batch = plainRows(connection, after)).isEmpty()) {
                for (String[] row : batch) {
                    encrypted += encryptRow(connection, cipher, row, fingerprints);
                    after = Long.parseLong(row[0]);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot encrypt the requests stored in plain text: " + e.getMessage(), e);
        }
        if (encrypted > 0) {
            int count = encrypted;
            LOG.info(() -> "Encrypted the personal data of " + count + " requests stored in plain text");
        }
    }

    /** Rows as {id, contact_name, contact_phone, address, description, answers, division_code}. */
    private static List<String[]> plainRows(Connection connection, long after) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("SELECT id, " + String.join(", ", COLUMNS)
                + ", division_code FROM requests WHERE contact_phone_hash IS NULL AND id > ? ORDER BY id LIMIT " + BATCH)) {
            select.setLong(1, after);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String[] row = new String[COLUMNS.length + 2];
                    for (int i = 0; i < row.length; i++) {
                        row[i] = result.getString(i + 1);
                    }
                    rows.add(row);
                }
            }
        }
        return rows;
    }

    private static int encryptRow(Connection connection, FieldCipher cipher, String[] row, Fingerprints fingerprints)
            throws SQLException {
        String phone = plain(cipher, row[2]);
        String phoneHash = LookupHashes.phone(PhoneNumbers.normalise(phone).orElse(phone));
        int updated;
        try (PreparedStatement update = connection.prepareStatement("UPDATE requests SET "
                + String.join(" = ?, ", COLUMNS) + " = ?, contact_phone_hash = ? WHERE id = ? AND contact_phone_hash IS NULL")) {
            for (int i = 0; i < COLUMNS.length; i++) {
                update.setString(i + 1, sealed(cipher, row[i + 1]));
            }
            update.setString(COLUMNS.length + 1, phoneHash);
            update.setLong(COLUMNS.length + 2, Long.parseLong(row[0]));
            updated = update.executeUpdate();
        }
        if (updated > 0) {
            storeFingerprints(connection, Long.parseLong(row[0]), fingerprints.of(phoneHash, row[COLUMNS.length + 1],
                    plain(cipher, row[3]), plain(cipher, row[4])));
        }
        return updated;
    }

    private static void storeFingerprints(Connection connection, long requestId, List<Fingerprint> prints)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO request_fingerprints"
                + " (request_id, kind, request_type, value, created_at) SELECT id, ?, type, ?, created_at FROM requests"
                + " WHERE id = ?")) {
            for (Fingerprint print : prints) {
                insert.setString(1, print.kind().name());
                insert.setLong(2, print.value());
                insert.setLong(3, requestId);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement index = connection.prepareStatement(SimilarTextBlocks.INDEX_REQUEST_ONCE)) {
            index.setLong(1, requestId);
            index.executeUpdate();
        }
    }

    private static String sealed(FieldCipher cipher, String value) {
        return isSealed(cipher, value) ? value : cipher.seal(value);
    }

    private static String plain(FieldCipher cipher, String value) {
        return isSealed(cipher, value) ? cipher.open(value) : value;
    }

    private static boolean isSealed(FieldCipher cipher, String value) {
        if (value == null) {
            return false;
        }
        try {
            cipher.open(value);
            return true;
        } catch (UnreadableValueException plainText) {
            return false;
        }
    }
}
