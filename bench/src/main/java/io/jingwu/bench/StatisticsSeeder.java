package io.jingwu.bench;

import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.FieldCipher;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A year of requests in SQL ({@code INSERT ... SELECT} over MariaDB's sequence engine, 100,000 rows a statement), as
 * the statistics read them: every figure's columns set with a realistic mix, each derived from the row number by a
 * multiplicative spread so that the mixes are even over the year and independent of each other.
 *
 * <ul>
 * <li>created over 2025 (UTC), one row every 31.5 s on average; 40 % in 湖州 (3305), the rest over the other
 * counties of Zhejiang, one town each;</li>
 * <li>types: 35 % disputes, 20 % incidents, 15 % document reissues, 10 % each identity exceptions, fraud reports
 * and consultations; routed to any unit evenly;</li>
 * <li>8 % transferred after routing (1 % twice): a 双非 one to a non-police unit, any other to any unit, entering its
 * new queue 2 h later;</li>
 * <li>10 % waiting, 10 % accepted, 15 % in progress, 15 % resolved, 50 % closed; accepted 1 min to 4 h after entering
 * the queue (8 % late; 30 % of the waiting ones past their deadline), resolved 30 min to 5 days after that, a fifth
 * of them after a wait for the citizen of up to a day (10 % late; 20 % of those in progress past their deadline);</li>
 * <li>the closed rated 5 (50 %), 4 (25 %), 3 (10 %), 2 (10 %), 1 (5 %).</li>
 * </ul>
 * Personal data is encrypted with the server's key (one sealed value per column, shared by all rows: the rows have
 * their real width, which is what the covering index spares the figures from reading). The tracking numbers are
 * unique but not valid: the figures never read them.
 */
final class StatisticsSeeder {

    static final String YEAR = "2025";
    private static final int CHUNK = 100_000;
    private static final String PHONE = "+8613800138000";

    private static final String INSERT = """
            INSERT INTO requests (tracking_number, type, status, priority, channel, lang, unit_id, routed_unit_id,
                division_code, routing_reason, description, contact_name, contact_phone, contact_phone_hash,
                backflow_count, created_at, updated_at, queued_at, accepted_at, accept_breached_at, resolved_at,
                resolve_breached_at, paused_seconds, rating, closed_at, accept_due_at)
            SELECT CONCAT('S', LPAD(n, 11, '0')), type,
                ELT(1 + stage, 'SUBMITTED', 'SUBMITTED', 'ACCEPTED', 'ACCEPTED', 'IN_PROGRESS', 'IN_PROGRESS',
                    'IN_PROGRESS', 'RESOLVED', 'RESOLVED', 'RESOLVED', 'CLOSED'),
                'NORMAL', 'PORTAL', 'zh',
                CASE WHEN backflow = 0 THEN routed
                     WHEN type IN ('DISPUTE', 'INCIDENT') THEN ELT(1 + MOD(n * 7, %2$d), %3$s)
                     ELSE ELT(1 + MOD(n * 11, %4$d), %5$s) END,
                routed, division, '基准测试', ?, ?, ?, ?,
                backflow, created, created, queued,
                IF(stage >= 2, queued + INTERVAL accept_s SECOND, NULL),
                IF((stage >= 2 AND MOD(n * 41, 100) < 8) OR (stage < 2 AND MOD(n * 41, 100) < 30),
                   queued + INTERVAL 4 HOUR, NULL),
                IF(stage >= 7, queued + INTERVAL (accept_s + work_s + paused) SECOND, NULL),
                IF((stage >= 7 AND MOD(n * 59, 100) < 10) OR (stage BETWEEN 4 AND 6 AND MOD(n * 59, 100) < 20),
                   created + INTERVAL 3 DAY, NULL),
                paused,
                IF(stage = 10, ELT(1 + MOD(n * 61, 20), 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 4, 4, 4, 4, 4, 3, 3, 2, 2, 1), NULL),
                IF(stage = 10, queued + INTERVAL (accept_s + work_s + paused + 86400) SECOND, NULL),
                -- requests still waiting unbreached get a deadline beyond the run: the SLA sweep stays idle
                IF(stage < 2 AND MOD(n * 41, 100) >= 30, TIMESTAMP'2099-01-01 00:00:00', queued + INTERVAL 30 MINUTE)
            FROM (SELECT n,
                      ELT(1 + MOD(n * 13, 20), 'DISPUTE', 'DISPUTE', 'DISPUTE', 'DISPUTE', 'DISPUTE', 'DISPUTE',
                          'DISPUTE', 'INCIDENT', 'INCIDENT', 'INCIDENT', 'INCIDENT', 'DOCUMENT_REISSUE',
                          'DOCUMENT_REISSUE', 'DOCUMENT_REISSUE', 'IDENTITY_EXCEPTION', 'IDENTITY_EXCEPTION',
                          'FRAUD_REPORT', 'FRAUD_REPORT', 'CONSULTATION', 'CONSULTATION') AS type,
                      ELT(1 + MOD(n * 29, 20), 0, 0, 2, 2, 4, 4, 4, 7, 7, 7, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10) AS stage,
                      ELT(1 + MOD(n * 31, %4$d), %5$s) AS routed,
                      IF(MOD(n * 19, 10) < 4, ELT(1 + MOD(n * 3, %6$d), %7$s), ELT(1 + MOD(n * 5, %8$d), %9$s)) AS division,
                      CASE WHEN MOD(n * 23, 100) = 0 THEN 2 WHEN MOD(n * 23, 100) < 8 THEN 1 ELSE 0 END AS backflow,
                      TIMESTAMP'%1$s-01-01 00:00:00' + INTERVAL MOD(n * 7919, 31536000) SECOND AS created,
                      TIMESTAMP'%1$s-01-01 00:00:00' + INTERVAL MOD(n * 7919, 31536000) SECOND
                          + INTERVAL IF(MOD(n * 23, 100) < 8, 2, 0) HOUR AS queued,
                      60 + MOD(n * 37, 14400) AS accept_s,
                      1800 + MOD(n * 43, 432000) AS work_s,
                      IF(MOD(n * 47, 5) = 0, MOD(n * 53, 86400), 0) AS paused
                  FROM (SELECT seq + ? AS n FROM seq_1_to_%10$d WHERE seq <= ?) numbers) mix""";

    private final Connection connection;
    private final String sql;
    private final String description;
    private final String contactName;
    private final String contactPhone;
    private final String phoneHash;

    StatisticsSeeder(Connection connection, DataKeys keys) throws SQLException {
        this.connection = connection;
        try (Statement session = connection.createStatement()) {
            session.execute("SET SESSION foreign_key_checks = 0");   // the units come from the same database
        }
        List<String> units = list("SELECT id FROM units ORDER BY id");
        List<String> nonPolice = list("SELECT id FROM units WHERE kind IN ('LIVELIHOOD_TEAM', 'MEDIATION', "
                + "'EXTERNAL_DEPARTMENT') ORDER BY id");
        List<String> huzhou = quoted(list("SELECT MIN(code) FROM divisions WHERE LENGTH(code) = 9 AND code LIKE '3305%' "
                + "GROUP BY LEFT(code, 6) ORDER BY 1"));
        List<String> zhejiang = quoted(list("SELECT MIN(code) FROM divisions WHERE LENGTH(code) = 9 AND code LIKE '33%' "
                + "AND code NOT LIKE '3305%' GROUP BY LEFT(code, 6) ORDER BY 1"));
        if (nonPolice.isEmpty() || huzhou.isEmpty() || zhejiang.isEmpty()) {
            throw new IllegalStateException("The reference data lacks non-police units or Zhejiang's divisions");
        }
        this.sql = INSERT.formatted(YEAR, nonPolice.size(), String.join(", ", nonPolice), units.size(),
                String.join(", ", units), huzhou.size(), String.join(", ", huzhou), zhejiang.size(),
                String.join(", ", zhejiang), CHUNK);
        FieldCipher cipher = keys.cipher();
        this.description = cipher.seal("基准测试数据：邻居装修噪音持续到深夜，多次沟通无果。");
        this.contactName = cipher.seal("张三");
        this.contactPhone = cipher.seal(PHONE);
        this.phoneHash = keys.lookupHash("phone", PHONE);
    }

    /** Adds {@code count} requests, then refreshes the optimizer's statistics of the table. */
    void seed(long count) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (long done = 0; done < count; ) {
                int chunk = (int) Math.min(CHUNK, count - done);
                int i = 0;
                insert.setString(++i, description);
                insert.setString(++i, contactName);
                insert.setString(++i, contactPhone);
                insert.setString(++i, phoneHash);
                insert.setLong(++i, done);
                insert.setInt(++i, chunk);
                int inserted = insert.executeUpdate();
                if (inserted != chunk) {
                    throw new IllegalStateException("Inserted " + inserted + " rows instead of " + chunk);
                }
                done += chunk;
            }
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE requests");
        }
    }

    private List<String> list(String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static List<String> quoted(List<String> codes) {
        return codes.stream().map(code -> "'" + code + "'").collect(Collectors.toList());
    }
}
