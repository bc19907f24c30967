package io.jingwu.api.fraud.scams.control;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.platform.crypto.FieldCipher;
import io.jingwu.api.platform.crypto.Keyring;
import io.jingwu.api.platform.crypto.UnreadableValueException;
import io.jingwu.api.platform.database.DatabaseMigrations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;

import javax.sql.DataSource;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Rewrites, once, the scam kinds of fraud reports stored before the catalogue took the nine kinds (V39): answers are
 * encrypted, so SQL cannot. The fix is marked done in {@code data_fixes}; every later start reads that one row and
 * does nothing else. Safe with several instances starting at once: the rewrite maps old values to new ones only.
 */
@Startup
@Singleton
@DependsOn("PlaintextRequests")   // which depends on DataEncryption: the keys are loaded
@TransactionManagement(TransactionManagementType.BEAN)
public class ScamKindAnswers {

    static final String FIX = "scam-kinds-in-answers";
    static final String FIELD = "scamKind";

    /** The choices before V39, and the kind each became. */
    static final Map<String, ScamKind> FORMER = Map.of(
            "investment", ScamKind.INVESTMENT_ROMANCE, "romance", ScamKind.INVESTMENT_ROMANCE,
            "task-rebate", ScamKind.BRUSHING_JOBS, "loan", ScamKind.LOAN_CREDIT, "other", ScamKind.OTHER_SCAM);

    private static final Logger LOG = Logger.getLogger(ScamKindAnswers.class.getName());
    private static final int BATCH = 200;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @PostConstruct
    void rewriteOnce() {
        try (Connection connection = dataSource.getConnection()) {
            if (done(connection)) {
                return;
            }
            FieldCipher cipher = Keyring.keys().cipher();
            int rewritten = 0;
            long after = 0;
            boolean more = true;
            while (more) {
                more = false;
                try (PreparedStatement select = connection.prepareStatement("SELECT id, answers FROM requests"
                        + " WHERE type = 'FRAUD_REPORT' AND id > ? ORDER BY id LIMIT " + BATCH)) {
                    select.setLong(1, after);
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            more = true;
                            after = rows.getLong(1);
                            rewritten += rewrite(connection, cipher, after, rows.getString(2));
                        }
                    }
                }
            }
            try (PreparedStatement mark = connection.prepareStatement(
                    "UPDATE data_fixes SET done_at = UTC_TIMESTAMP(3) WHERE name = ?")) {
                mark.setString(1, FIX);
                mark.executeUpdate();
            }
            int count = rewritten;
            LOG.info(() -> "Scam kinds of " + count + " fraud reports rewritten to the nine kinds");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot rewrite the scam kinds of stored fraud reports: " + e.getMessage(), e);
        }
    }

    private static boolean done(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT done_at FROM data_fixes WHERE name = ?")) {
            select.setString(1, FIX);
            try (ResultSet row = select.executeQuery()) {
                return !row.next() || row.getTimestamp(1) != null;
            }
        }
    }

    private static int rewrite(Connection connection, FieldCipher cipher, long id, String sealed) throws SQLException {
        if (sealed == null) {
            return 0;
        }
        String answers;
        try {
            answers = cipher.open(sealed);
        } catch (UnreadableValueException notSealed) {
            return 0;
        }
        String renewed = renewed(answers);
        if (renewed.equals(answers)) {
            return 0;
        }
        try (PreparedStatement update = connection.prepareStatement("UPDATE requests SET answers = ? WHERE id = ?")) {
            update.setString(1, cipher.seal(renewed));
            update.setLong(2, id);
            return update.executeUpdate();
        }
    }

    /** The answers with a former scam kind replaced by its new choice value; unchanged otherwise. */
    static String renewed(String answers) {
        JsonObject parsed;
        try (JsonReader reader = Json.createReader(new StringReader(answers))) {
            parsed = reader.readObject();
        }
        if (!(parsed.get(FIELD) instanceof JsonString kind) || !FORMER.containsKey(kind.getString())) {
            return answers;
        }
        return Json.createObjectBuilder(parsed).add(FIELD, FORMER.get(kind.getString()).choiceValue()).build().toString();
    }
}
