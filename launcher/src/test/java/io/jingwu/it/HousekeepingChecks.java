package io.jingwu.it;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Expired idempotency keys and rate-limit counters are purged; what may still be needed stays. */
abstract class HousekeepingChecks extends DeployedApplication {

    private static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    private static void insertKey(Connection db, String key, Instant createdAt) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO idempotency_keys (scope, idempotency_key,"
                + " body_hash, response_status, response_body, created_at) VALUES ('housekeeping-check', ?, ?, 201, '{}', ?)")) {
            insert.setString(1, key);
            insert.setString(2, "0".repeat(64));
            insert.setTimestamp(3, utc(createdAt));
            insert.executeUpdate();
        }
    }

    /**
     * A counter of a limit over {@code window} holding one hit at {@code at}, in its newest slot (a sixtieth of the
     * window): it counts nothing once that slot has left the window.
     */
    private static void insertCounter(Connection db, String subject, Instant at, Duration window) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO rate_limit_counters (bucket, subject,"
                + " slot_start, slots, expires_at) VALUES ('housekeeping-check', ?, ?, ?, ?)")) {
            insert.setString(1, subject);
            insert.setTimestamp(2, utc(at));
            insert.setBytes(3, ByteBuffer.allocate(61 * Integer.BYTES).putInt(1).array());
            insert.setTimestamp(4, utc(at.plus(window.dividedBy(60)).plus(window)));
            insert.executeUpdate();
        }
    }

    private static int count(Connection db, String sql, String value) throws Exception {
        try (PreparedStatement query = db.prepareStatement(sql)) {
            query.setString(1, value);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    @Test
    void aPurgeDeletesWhatIsOlderThanADayAndKeepsTheRest() throws Exception {
        Instant now = Instant.now();
        String run = UUID.randomUUID().toString();
        try (Connection db = TestEnvironment.connect()) {
            insertKey(db, run + "-old", now.minus(Duration.ofHours(25)));
            insertKey(db, run + "-fresh", now.minus(Duration.ofHours(23)));
            String oldSubject = run.replace("-", "") + "0".repeat(32);
            String freshSubject = run.replace("-", "") + "1".repeat(32);
            insertCounter(db, oldSubject, now.minus(Duration.ofHours(25)), Duration.ofMinutes(1));
            insertCounter(db, freshSubject, now.minus(Duration.ofMinutes(30)), Duration.ofHours(1));

            Http.Reply purged = new Http(base()).post("api/test-support/housekeeping-runs", "{\"at\": \"" + now + "\"}");
            assertEquals(200, purged.status(), purged.body());

            String keys = "SELECT COUNT(*) FROM idempotency_keys WHERE idempotency_key = ?";
            assertEquals(0, count(db, keys, run + "-old"));
            assertEquals(1, count(db, keys, run + "-fresh"));
            String counters = "SELECT COUNT(*) FROM rate_limit_counters WHERE subject = ?";
            assertEquals(0, count(db, counters, oldSubject));
            assertEquals(1, count(db, counters, freshSubject));
        }
    }
}
