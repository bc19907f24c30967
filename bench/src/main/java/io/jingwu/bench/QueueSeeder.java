package io.jingwu.bench;

import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.FieldCipher;
import io.jingwu.api.requests.entity.TrackingNumber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fills queues with open requests in SQL ({@code INSERT ... SELECT} over MariaDB's sequence engine, 50,000 rows a
 * statement), as a million requests through JPA would take longer than the benchmark itself. The rows are what the
 * application reads back when a clerk claims one: valid tracking numbers (computed in SQL, check symbol included),
 * personal data encrypted with the server's key (one sealed value per column, shared by all rows: bench data only),
 * priorities mixed (1 % urgent, 9 % high) and queue times spread over the last 30 days.
 */
final class QueueSeeder {

    static final String CLERK_UNIT = "HUZ-ZL-LIVELIHOOD";

    private static final int CHUNK = 50_000;
    /** Six fixed symbols mark bench rows; the five after them count, so 33 million rows can be told apart. */
    private static final String PREFIX = "BENCH0";
    private static final String PHONE = "+8613800138000";
    private static final String REASON = "您的纠纷调解已转交织里镇民生服务队，该单位负责织里镇的此类诉求。";

    private static final String INSERT = """
            INSERT INTO requests (tracking_number, type, category, status, priority, channel, lang, unit_id,
                routing_rule_id, division_code, routing_reason, description, contact_name, contact_phone,
                contact_phone_hash, created_at, updated_at, queued_at, routed_unit_id, accept_due_at, accept_breached_at)
            SELECT %1$s,
                'DISPUTE', 'unpaid-wages', 'SUBMITTED',
                CASE WHEN MOD(n, 100) = 0 THEN 'URGENT' WHEN MOD(n, 10) = 0 THEN 'HIGH' ELSE 'NORMAL' END,
                'PORTAL', 'zh', %2$s, ?, '330502100', ?, ?, ?, ?, ?, queued, queued, queued, %2$s,
                queued + INTERVAL 30 MINUTE, queued + INTERVAL 30 MINUTE
            FROM (SELECT n, UTC_TIMESTAMP(3) - INTERVAL MOD(n * 7919, 2592000) SECOND AS queued
                  FROM (SELECT seq + ? AS n FROM seq_1_to_%3$d WHERE seq <= ?) numbers) digits""";

    private final Connection connection;
    private final long clerkUnit;
    private final Long clerkRule;
    private final List<Long> otherUnits;
    private final String description;
    private final String contactName;
    private final String contactPhone;
    private final String phoneHash;
    private long seeded;

    QueueSeeder(Connection connection, DataKeys keys) throws SQLException {
        this.connection = connection;
        try (Statement session = connection.createStatement()) {
            // the referenced units and rule come from the same database a moment ago
            session.execute("SET SESSION foreign_key_checks = 0");
        }
        this.clerkUnit = single("SELECT id FROM units WHERE code = '" + CLERK_UNIT + "'");
        this.clerkRule = single("SELECT id FROM routing_rules WHERE request_type = 'DISPUTE' AND category = '' "
                + "AND division_prefix = '330502100'");
        this.otherUnits = list("SELECT id FROM units WHERE id <> " + clerkUnit + " ORDER BY id");
        FieldCipher cipher = keys.cipher();
        this.description = cipher.seal("基准测试数据：老板拖欠工资三个月，多次讨要无果。");
        this.contactName = cipher.seal("张三");
        this.contactPhone = cipher.seal(PHONE);
        this.phoneHash = keys.lookupHash("phone", PHONE);
    }

    long clerkUnit() {
        return clerkUnit;
    }

    /** Open requests in the clerk's queue. */
    long openInClerkUnit() throws SQLException {
        return single("SELECT COUNT(*) FROM requests WHERE unit_id = " + clerkUnit + " AND status = 'SUBMITTED'");
    }

    /** Open requests in all the other queues. */
    long openElsewhere() throws SQLException {
        return single("SELECT COUNT(*) FROM requests WHERE status = 'SUBMITTED' AND unit_id IN (" + others() + ")");
    }

    long rows() throws SQLException {
        return single("SELECT COUNT(*) FROM requests");
    }

    /** Adds open requests to the clerk's queue until it holds {@code target}; how many it added. */
    long fillClerkQueue(long target) throws SQLException {
        long missing = Math.max(0, target - openInClerkUnit());
        insert(missing, Long.toString(clerkUnit), clerkRule);
        return missing;
    }

    /** Adds open requests to the other units' queues, spread evenly, until they hold {@code target} between them. */
    long fillOtherQueues(long target) throws SQLException {
        long missing = Math.max(0, target - openElsewhere());
        // routed by hand, as after a transfer: no rule
        insert(missing, "ELT(1 + MOD(n, " + otherUnits.size() + "), " + others() + ")", null);
        return missing;
    }

    /** The first rows seeded, checked as the application will read them: a bad check symbol fails here, not later. */
    void checkTrackingNumbers() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT tracking_number FROM requests WHERE tracking_number LIKE '"
                     + PREFIX + "%' ORDER BY id LIMIT 5000")) {
            while (rows.next()) {
                new TrackingNumber(rows.getString(1));
            }
        }
    }

    private void insert(long count, String unit, Long rule) throws SQLException {
        if (seeded + count >= BenchTrackingNumbers.MAX_ROWS) {
            throw new IllegalStateException("More rows than the bench tracking numbers can tell apart");
        }
        String sql = INSERT.formatted(BenchTrackingNumbers.expression(PREFIX, "n"), unit, CHUNK);
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (long done = 0; done < count; ) {
                int chunk = (int) Math.min(CHUNK, count - done);
                int i = 0;
                insert.setObject(++i, rule);
                insert.setString(++i, REASON);
                insert.setString(++i, description);
                insert.setString(++i, contactName);
                insert.setString(++i, contactPhone);
                insert.setString(++i, phoneHash);
                insert.setLong(++i, seeded);
                insert.setInt(++i, chunk);
                int inserted = insert.executeUpdate();
                if (inserted != chunk) {
                    throw new IllegalStateException("Inserted " + inserted + " rows instead of " + chunk);
                }
                seeded += chunk;
                done += chunk;
            }
        }
    }

    private String others() {
        return otherUnits.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("No row for " + sql);
            }
            return row.getLong(1);
        }
    }

    private List<Long> list(String sql) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }
}
