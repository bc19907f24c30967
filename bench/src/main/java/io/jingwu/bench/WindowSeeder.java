package io.jingwu.bench;

import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.FieldCipher;
import io.jingwu.api.repeats.control.Addresses;
import io.jingwu.api.repeats.control.SimHash;
import io.jingwu.api.repeats.control.SimilarTextBlocks;
import io.jingwu.api.requests.entity.TrackingNumber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fills the window of repeat detection with submitted requests in SQL, with the rows repeat detection reads for them,
 * so that a new submission's search for earlier ones does its real work: {@code requests}, their
 * {@code request_fingerprints} (same phone, same place, similar text) and, when the schema has it, the similar texts'
 * {@code similar_text_blocks}, cut by the same statement as migration V32. An older schema without that table is
 * seeded without it, so that the code before it is measured the same way.
 *
 * <p>The requests are spread over the last three days (the similar-text window; the phone and place windows are
 * longer) with a margin, over the region's counties ({@link Submissions#COUNTIES}, the downtown one busiest) and the
 * catalogue's request types. A hot spot: every 50th request (2 %) is the {@link Submissions#HOT_SPOT} complaint of one
 * type in one county, its text fingerprint within 0 to 8 bits of that text's, as the submissions' hot-spot calls are.
 * The other text fingerprints are random 64-bit values: the SimHash is keyed, so unrelated texts look like that. Three
 * requests in ten come from the {@link Submissions#phone pool of phones} the submissions also use, and two in ten of
 * those with an address (six in ten) from its pool of places; the rest are random.
 */
final class WindowSeeder {

    private static final int CHUNK = 50_000;
    /** Requests whose similar-text blocks go in one statement, sorted. */
    private static final int BLOCKS_CHUNK = 250_000;
    private static final String PREFIX = "BENCHW";
    /** The similar-text window less a margin, so that the rows stay in it for the whole run. */
    private static final long SPREAD_SECONDS = 3 * 86_400 - 45 * 60;
    private static final int PROFILES = 1000;
    private static final int HOT_EVERY = 50;
    private static final int MASKS = 1024;
    private static final String REASON = "基准测试数据：按类型与辖区分派。";

    /** Unit by request type: none of them is the claim-next clerk's unit, so the seeded rows stay out of its queue. */
    private static final Map<String, String> UNIT_OF_TYPE = Map.of(
            "DISPUTE", "HUZ-WX-LIVELIHOOD", "INCIDENT", "HUZ-ECO-POLICE", "FRAUD_REPORT", "HUZ-ANTIFRAUD",
            "DOCUMENT_REISSUE", "HUZ-WX-HOUSEHOLD", "IDENTITY_EXCEPTION", "HUZ-EXIT-ENTRY", "CONSULTATION", "NATIONAL-DUTY");

    /** The catalogue's types with their share in percent and their categories. */
    private static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();
    private static final Map<String, Integer> TYPE_SHARES = new LinkedHashMap<>();

    static {
        type("DISPUTE", 35, "unpaid-wages", "tenancy", "neighbours", "family", "consumer", "general");
        type("INCIDENT", 20, "lost-property", "wildlife-trapping", "nuisance", "general");
        type("FRAUD_REPORT", 15, "money-lost", "suspicious-contact", "bank-counter-alert", "general");
        type("DOCUMENT_REISSUE", 15, "id-card", "temporary-id", "residence-permit", "no-criminal-record");
        type("CONSULTATION", 10, "general");
        type("IDENTITY_EXCEPTION", 5, "registry-mismatch", "expired-passport", "general");
    }

    /** The row number and id, the profile slot and the creation time of each seeded row. */
    private static final String ROWS = """
            (SELECT n, id, IF(MOD(n, %1$d) = 0, 0, 1 + MOD(n * 7919, %2$d)) AS slot,
                    ? - INTERVAL MOD(n * 104729, %3$d) SECOND - INTERVAL MOD(n * 31, 1000) * 1000 MICROSECOND AS at
             FROM (SELECT seq + ? AS n, seq + ? AS id FROM seq_1_to_%4$d WHERE seq <= ?) s) x
            JOIN bench_profiles p ON p.slot = x.slot""".formatted(HOT_EVERY, PROFILES - 1, SPREAD_SECONDS, CHUNK);

    private static final String PHONE_POOLED = "MOD(n * 13, 10) < 3";
    private static final String PHONE_SLOT = "MOD(n * 7, " + Submissions.POOL + ")";
    private static final String HAS_ADDRESS = "MOD(n * 17, 10) < 6";
    private static final String PLACE_POOLED = "MOD(n * 19, 10) < 2";
    private static final String PLACE_SLOT = "MOD(n * 11, " + Submissions.POOL + ")";

    private final Connection connection;
    private final boolean hasBlocks;
    private final long hotCentre;
    private final String salt = Long.toHexString(new Random().nextLong());
    private final String description;
    private final String address;
    private final String contactName;
    private final String contactPhone;
    private final String phoneHash;
    private long seeded;
    /** Requests seeded whose blocks are not inserted yet: first and last id. */
    private long[] pending;

    WindowSeeder(Connection connection, DataKeys keys) throws SQLException {
        this.connection = connection;
        this.hasBlocks = single("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name = 'similar_text_blocks'") > 0;
        // the keyed SimHash as the server computes it (Fingerprints.TEXT_PURPOSE)
        this.hotCentre = new SimHash(keys.purposeHash("repeats/simhash-features/v1")).of(Submissions.HOT_SPOT)
                .orElseThrow();
        FieldCipher cipher = keys.cipher();
        this.description = cipher.seal("基准测试数据：邻里纠纷、拖欠工资等诉求。");
        this.address = cipher.seal("基准测试数据：某路某号");
        this.contactName = cipher.seal("张三");
        this.contactPhone = cipher.seal("+8613800138000");
        this.phoneHash = keys.lookupHash("phone", "+8613800138000");
        try (Statement session = connection.createStatement()) {
            // the referenced units come from the same database a moment ago
            session.execute("SET SESSION foreign_key_checks = 0");
        }
        createHelpers(keys);
    }

    /** Whether the schema has the index of similar texts (V32); an older one is seeded without it. */
    boolean hasBlocks() {
        return hasBlocks;
    }

    /** The hot spot text's fingerprint under the server's key. */
    long hotCentre() {
        return hotCentre;
    }

    /** Requests with a text fingerprint in the similar-text window (3 days): what a new submission is compared with. */
    long inWindow() throws SQLException {
        return single("SELECT COUNT(*) FROM request_fingerprints WHERE kind = 'SIMILAR_TEXT' "
                + "AND created_at >= UTC_TIMESTAMP(3) - INTERVAL 3 DAY");
    }

    /** Adds requests until the window holds {@code target}; how many it added. */
    long fill(long target) throws SQLException {
        long missing = Math.max(0, target - inWindow());
        if (seeded + missing >= BenchTrackingNumbers.MAX_ROWS) {
            throw new IllegalStateException("More rows than the bench tracking numbers can tell apart");
        }
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        for (long done = 0; done < missing; ) {
            int chunk = (int) Math.min(CHUNK, missing - done);
            long firstId = single("SELECT COALESCE(MAX(id), 0) + 1 FROM requests");
            insert(requestsSql(), now, firstId, chunk, true);
            insert(fingerprintsSql("SIMILAR_TEXT", "IF(x.slot = 0, CAST(" + hotCentre + " ^ m.mask AS SIGNED), "
                    + random("t") + ")", "JOIN bench_hot_masks m ON m.slot = MOD(n DIV " + HOT_EVERY + ", " + MASKS
                    + ")", "TRUE"), now, firstId, chunk, false);
            insert(fingerprintsSql("SAME_PHONE", "COALESCE(ph.fp, " + random("p") + ")",
                    "LEFT JOIN bench_phones ph ON " + PHONE_POOLED + " AND ph.slot = " + PHONE_SLOT, "TRUE"),
                    now, firstId, chunk, false);
            insert(fingerprintsSql("SAME_PLACE", "COALESCE(pl.fp, " + random("a") + ")",
                    "LEFT JOIN bench_places pl ON " + PLACE_POOLED + " AND pl.slot = " + PLACE_SLOT, HAS_ADDRESS),
                    now, firstId, chunk, false);
            seeded += chunk;
            done += chunk;
            if (hasBlocks) {
                pending = pending == null ? new long[]{firstId, firstId + chunk - 1} : new long[]{pending[0], firstId + chunk - 1};
                if (pending[1] - pending[0] + 1 >= BLOCKS_CHUNK || done == missing) {
                    indexBlocks(pending[0], pending[1]);
                    pending = null;
                }
            }
        }
        return missing;
    }

    /**
     * The blocks of a range of requests, inserted in the order of the table's key: the rows of one chunk land all
     * over the index, and in key order each of its pages is visited once per statement instead of once per row, which
     * decides the seeding time once the table outgrows InnoDB's buffer pool.
     */
    private void indexBlocks(long firstId, long lastId) throws SQLException {
        try (PreparedStatement blocks = connection.prepareStatement(BLOCKS)) {
            blocks.setLong(1, firstId);
            blocks.setLong(2, lastId);
            long rows = blocks.executeUpdate();
            long expected = (long) SimilarTextBlocks.COUNT * (lastId - firstId + 1);
            if (rows != expected) {
                throw new IllegalStateException("Indexed " + rows + " blocks instead of " + expected);
            }
        }
    }

    /** The first rows seeded, checked as the application will read them: a bad check symbol fails here, not later. */
    void checkTrackingNumbers() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT tracking_number FROM requests WHERE tracking_number LIKE '"
                     + PREFIX + "%' ORDER BY id LIMIT 2000")) {
            while (rows.next()) {
                new TrackingNumber(rows.getString(1));
            }
        }
    }

    /** Drops the seeder's helper tables (temporary: they go with the connection anyway). */
    void dropHelpers() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TEMPORARY TABLE IF EXISTS bench_profiles, bench_phones, bench_places, bench_hot_masks");
        }
    }

    /** The similar-text blocks of a range of requests, cut by the application's own layout, in key order. */
    private static final String BLOCKS = """
            INSERT INTO similar_text_blocks (request_type, county, block, bits, created_at, request_id, value)
            SELECT f.request_type, LEFT(r.division_code, 6), b.block, %1$s, f.created_at, f.request_id, f.value
            FROM request_fingerprints f
            JOIN requests r ON r.id = f.request_id
            CROSS JOIN %2$s b
            WHERE f.request_id BETWEEN ? AND ? AND f.kind = 'SIMILAR_TEXT'
            ORDER BY f.request_type, LEFT(r.division_code, 6), b.block, %1$s, f.created_at, f.request_id"""
            .formatted(SimilarTextBlocks.BITS_OF_VALUE, SimilarTextBlocks.LAYOUT);

    private String requestsSql() {
        return """
                INSERT INTO requests (id, tracking_number, type, category, status, priority, channel, lang, unit_id,
                    division_code, routing_reason, description, address, contact_name, contact_phone, contact_phone_hash,
                    created_at, updated_at, queued_at, routed_unit_id, accept_due_at, accept_breached_at)
                SELECT id, %1$s, p.type, p.category, 'SUBMITTED',
                    CASE WHEN p.type = 'FRAUD_REPORT' THEN 'HIGH' ELSE 'NORMAL' END,
                    IF(MOD(n, 3) = 0, 'API', 'PORTAL'), 'zh', p.unit_id, p.division_code, '%2$s', ?,
                    IF(%3$s, ?, NULL), ?, ?, COALESCE(ph.hash, ?), at, at, at, p.unit_id,
                    at + INTERVAL 30 MINUTE, at + INTERVAL 30 MINUTE
                FROM %4$s
                LEFT JOIN bench_phones ph ON %5$s AND ph.slot = %6$s""".formatted(
                BenchTrackingNumbers.expression(PREFIX, "n"), REASON, HAS_ADDRESS, ROWS, PHONE_POOLED, PHONE_SLOT);
    }

    private static String fingerprintsSql(String kind, String value, String join, String condition) {
        return """
                INSERT INTO request_fingerprints (request_id, kind, request_type, value, created_at)
                SELECT id, '%s', p.type, %s, at
                FROM %s
                %s
                WHERE %s""".formatted(kind, value, ROWS, join, condition);
    }

    /** A random-looking 64-bit value of the row, one stream per kind of fingerprint. */
    private String random(String stream) {
        return "CAST(CAST(CONV(LEFT(MD5(CONCAT('" + salt + stream + "', n)), 16), 16, 10) AS UNSIGNED) AS SIGNED)";
    }

    private void insert(String sql, LocalDateTime now, long firstId, int chunk, boolean request) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 0;
            if (request) {
                insert.setString(++i, description);
                insert.setString(++i, address);
                insert.setString(++i, contactName);
                insert.setString(++i, contactPhone);
                insert.setString(++i, phoneHash);
            }
            insert.setObject(++i, now);
            insert.setLong(++i, seeded);
            insert.setLong(++i, firstId - 1);
            insert.setInt(++i, chunk);
            int inserted = insert.executeUpdate();
            if (request && inserted != chunk) {
                throw new IllegalStateException("Inserted " + inserted + " requests instead of " + chunk);
            }
        }
    }

    /**
     * The helper tables the inserts join: request profiles (type, category, township, unit) drawn by the shares, slot
     * 0 the hot spot's; the pools' phone and place fingerprints under the server's key; the hot spot's bit flips.
     */
    private void createHelpers(DataKeys keys) throws SQLException {
        dropHelpers();
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TEMPORARY TABLE bench_profiles (slot INT PRIMARY KEY, type VARCHAR(32), "
                    + "category VARCHAR(64), division_code VARCHAR(9), unit_id BIGINT)");
            statement.execute("CREATE TEMPORARY TABLE bench_phones (slot INT PRIMARY KEY, hash CHAR(64), fp BIGINT)");
            statement.execute("CREATE TEMPORARY TABLE bench_places (slot INT PRIMARY KEY, fp BIGINT)");
            statement.execute("CREATE TEMPORARY TABLE bench_hot_masks (slot INT PRIMARY KEY, mask BIGINT UNSIGNED)");
        }
        Map<String, Long> units = new LinkedHashMap<>();
        for (Map.Entry<String, String> unit : UNIT_OF_TYPE.entrySet()) {
            units.put(unit.getKey(), single("SELECT id FROM units WHERE code = '" + unit.getValue() + "'"));
        }
        Random random = new Random(2026);
        List<Object[]> profiles = new ArrayList<>();
        profiles.add(new Object[]{0, Submissions.HOT_TYPE, "unpaid-wages", Submissions.HOT_DIVISION,
                units.get(Submissions.HOT_TYPE)});
        for (int slot = 1; slot < PROFILES; slot++) {
            String type = drawType(random);
            List<String> categories = CATEGORIES.get(type);
            profiles.add(new Object[]{slot, type, categories.get(random.nextInt(categories.size())),
                    drawDivision(random), units.get(type)});
        }
        insertRows("INSERT INTO bench_profiles VALUES (?, ?, ?, ?, ?)", profiles);

        List<Object[]> phones = new ArrayList<>();
        List<Object[]> places = new ArrayList<>();
        for (int slot = 0; slot < Submissions.POOL; slot++) {
            String hash = keys.lookupHash("phone", "+86" + Submissions.phone(slot));
            phones.add(new Object[]{slot, hash, HexFormat.fromHexDigitsToLong(hash, 0, 16)});
            // as Fingerprints computes the place: the division with the address's place key
            String place = keys.lookupHash("repeats/place", Submissions.addressDivision(slot) + '\u0000'
                    + Addresses.placeKey(Submissions.address(slot), List.of()));
            places.add(new Object[]{slot, HexFormat.fromHexDigitsToLong(place, 0, 16)});
        }
        insertRows("INSERT INTO bench_phones VALUES (?, ?, ?)", phones);
        insertRows("INSERT INTO bench_places VALUES (?, ?)", places);

        List<Object[]> masks = new ArrayList<>();
        for (int slot = 0; slot < MASKS; slot++) {
            long mask = 0;
            int flips = slot % 9;   // 0 to 8 bits from the hot spot's fingerprint, evenly
            while (Long.bitCount(mask) < flips) {
                mask |= 1L << random.nextInt(64);
            }
            masks.add(new Object[]{slot, Long.toUnsignedString(mask)});
        }
        insertRows("INSERT INTO bench_hot_masks VALUES (?, ?)", masks);
    }

    private static String drawType(Random random) {
        int draw = random.nextInt(100);
        for (Map.Entry<String, Integer> type : TYPE_SHARES.entrySet()) {
            draw -= type.getValue();
            if (draw < 0) {
                return type.getKey();
            }
        }
        throw new IllegalStateException("The shares do not add up to 100");
    }

    private static String drawDivision(Random random) {
        int draw = random.nextInt(100);
        for (Submissions.County county : Submissions.COUNTIES) {
            draw -= county.share();
            if (draw < 0) {
                return county.townships().get(random.nextInt(county.townships().size()));
            }
        }
        throw new IllegalStateException("The counties' shares do not add up to 100");
    }

    private void insertRows(String sql, List<Object[]> rows) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (Object[] row : rows) {
                for (int i = 0; i < row.length; i++) {
                    insert.setObject(i + 1, row[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void type(String type, int share, String... categories) {
        TYPE_SHARES.put(type, share);
        CATEGORIES.put(type, List.of(categories));
    }

    private long single(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            if (!row.next()) {
                throw new IllegalStateException("No row for " + sql);
            }
            return row.getLong(1);
        }
    }
}
