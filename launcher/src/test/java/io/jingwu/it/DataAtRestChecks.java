package io.jingwu.it;

import io.jingwu.api.platform.crypto.DataKeys;
import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data at rest: whoever gets a copy of the database (a dump, a backup, a replica) finds no name,
 * phone, address or description of a citizen in it, only what the application can decrypt with its key.
 */
abstract class DataAtRestChecks extends DeployedApplication {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Distinctive values, so that finding one anywhere can only mean it leaked. */
    private record Citizen(String name, String mobile, String address, String description) {

        String e164() {
            return "+86" + mobile;
        }

        /** The ways a phone number is commonly written. */
        List<String> phoneForms() {
            String m = mobile;
            return List.of(m, "+86" + m, "86" + m, "0086" + m,
                    m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7),
                    m.substring(0, 3) + "-" + m.substring(3, 7) + "-" + m.substring(7),
                    "+86 " + m.substring(0, 3) + " " + m.substring(3, 7) + " " + m.substring(7));
        }

        /** Every value as text and in the encodings a careless implementation might store it in. */
        List<String> secrets() {
            List<String> secrets = new ArrayList<>(phoneForms());
            for (String text : List.of(name, address, description, uniquePart(description))) {
                byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
                secrets.add(text);
                secrets.add(HexFormat.of().formatHex(utf8));
                secrets.add(HexFormat.of().withUpperCase().formatHex(utf8));
                secrets.add(Base64.getEncoder().encodeToString(utf8).replace("=", ""));
            }
            return secrets;
        }

        private static String uniquePart(String description) {
            return description.substring(description.lastIndexOf(' ') + 1);
        }
    }

    private Citizen citizen(String name) {
        String token = Long.toString(Math.abs(RANDOM.nextLong()), 36);
        return new Citizen(name, "139" + String.format("%08d", RANDOM.nextInt(100_000_000)),
                "浙江省湖州市吴兴区织里镇保密路 " + (100 + RANDOM.nextInt(900)) + " 号 " + token.substring(0, 6),
                "老板拖欠工资三个月，这是一段不应出现在备份里的描述 " + token);
    }

    @Test
    void aDumpOfTheDatabaseContainsNoNamePhoneAddressOrDescription() throws Exception {
        List<Citizen> citizens = List.of(citizen("诸葛𠮷祥"), citizen("Zebulon Quartermaine"), citizen("欧阳娜娜"));
        List<String> trackingNumbers = new ArrayList<>();
        for (Citizen citizen : citizens) {
            trackingNumbers.add(submit(citizen, citizen.mobile()));
        }

        String dump = mariadbDump();

        for (String trackingNumber : trackingNumbers) {
            assertTrue(dump.contains(trackingNumber), "the dump holds the requests (" + trackingNumber + ")");
        }
        for (Citizen citizen : citizens) {
            for (String secret : citizen.secrets()) {
                assertFalse(dump.contains(secret), "the dump shows \"" + secret + "\" in plain text");
            }
        }
    }

    @Test
    void theStoredColumnsAreEncryptedWithTheConfiguredKeyAndDifferEachTime() throws Exception {
        Citizen citizen = citizen("司马𠮷明");
        String first = submit(citizen, citizen.mobile());
        String second = submit(citizen, "+86 " + citizen.mobile().substring(0, 3) + " " + citizen.mobile().substring(3));
        DataKeys keys = DataKeys.derive(TestEnvironment.cryptoKey());

        Map<String, String> one = storedRow(first);
        Map<String, String> other = storedRow(second);

        for (String column : List.of("contact_name", "contact_phone", "address", "description", "answers")) {
            assertNotEquals(one.get(column), other.get(column), column + " must not be encrypted deterministically");
            for (String secret : citizen.secrets()) {
                assertFalse(one.get(column).contains(secret), column + " shows " + secret);
            }
        }
        assertEquals(citizen.name(), keys.cipher().open(one.get("contact_name")));
        assertEquals(citizen.e164(), keys.cipher().open(one.get("contact_phone")));
        assertEquals(citizen.address(), keys.cipher().open(one.get("address")));
        assertEquals(citizen.description(), keys.cipher().open(one.get("description")));
        assertTrue(keys.cipher().open(one.get("answers")).contains("\"employerName\":\"工头 " + citizen.mobile() + "\""),
                "the answers decrypt to what was submitted");
    }

    @Test
    void demoDataWrittenPlainIsEncryptedWhenTheApplicationStarts() throws Exception {
        Http.Reply demo = new Http(base()).get("api/v1/requests/M9S3-46Q3-D25J");
        assertEquals(200, demo.status(), demo.body());
        Map<String, String> row = storedRow("M9S346Q3D25J");
        assertFalse(row.get("contact_name").contains("王师傅"), row.get("contact_name"));
        assertEquals("演示·王师傅", DataKeys.derive(TestEnvironment.cryptoKey()).cipher().open(row.get("contact_name")));
    }

    @Test
    void theSamePhoneTypedDifferentlyHasOneLookupHash() throws Exception {
        Citizen citizen = citizen("陈伟");
        String typedPlainly = submit(citizen, citizen.mobile());
        String typedWithSpaces = submit(citizen, citizen.phoneForms().get(6));
        String otherPhone = submit(citizen("陈伟"), "13700001111");
        String expected = DataKeys.derive(TestEnvironment.cryptoKey()).lookupHash("phone", citizen.e164());

        assertEquals(expected, storedRow(typedPlainly).get("contact_phone_hash"));
        assertEquals(expected, storedRow(typedWithSpaces).get("contact_phone_hash"));
        assertNotEquals(expected, storedRow(otherPhone).get("contact_phone_hash"));
        assertTrue(expected.matches("[0-9a-f]{64}"), expected);
    }

    @Test
    void theDatabaseKnowsTheKeysFingerprintButNotTheKey() throws Exception {
        byte[] key = TestEnvironment.cryptoKey();
        try (Connection db = TestEnvironment.connect();
             Statement statement = db.createStatement();
             ResultSet row = statement.executeQuery(
                     "SELECT fingerprint FROM key_fingerprints WHERE key_name = 'jingwu.crypto.key'")) {
            assertTrue(row.next(), "the fingerprint is recorded at the first start");
            assertEquals(DataKeys.derive(key).fingerprint(), row.getString("fingerprint"));
            assertFalse(row.getString("fingerprint").contains(HexFormat.of().formatHex(key).substring(0, 16)));
            assertFalse(row.getString("fingerprint").contains(Base64.getEncoder().encodeToString(key).substring(0, 16)));
        }
    }

    @Test
    void theLogOfReadsCannotBeChangedOrDeleted() throws Exception {
        Citizen citizen = citizen("王小明");
        String trackingNumber = submit(citizen, citizen.mobile());
        String purpose = DataKeys.derive(TestEnvironment.cryptoKey()).cipher().seal("回访前核实联系方式");
        try (Connection db = TestEnvironment.connect()) {
            try (PreparedStatement insert = db.prepareStatement("""
                    INSERT INTO personal_data_reads (request_id, reader, fields, purpose, client_address, read_at)
                    SELECT id, 'zhang.wei', 'CONTACT_PHONE', ?, '10.0.0.8', UTC_TIMESTAMP(3) FROM requests
                    WHERE tracking_number = ?""")) {
                insert.setString(1, purpose);
                insert.setString(2, trackingNumber.replace("-", ""));
                assertEquals(1, insert.executeUpdate());
            }
            SQLException changed = assertThrows(SQLException.class, () -> execute(db, """
                    UPDATE personal_data_reads SET reader = 'someone.else' WHERE request_id =
                    (SELECT id FROM requests WHERE tracking_number = ?)""", trackingNumber));
            SQLException deleted = assertThrows(SQLException.class, () -> execute(db, """
                    DELETE FROM personal_data_reads WHERE request_id =
                    (SELECT id FROM requests WHERE tracking_number = ?)""", trackingNumber));
            assertTrue(changed.getMessage().contains("append-only"), changed.getMessage());
            assertTrue(deleted.getMessage().contains("append-only"), deleted.getMessage());
        }
    }

    private static void execute(Connection db, String sql, String trackingNumber) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, trackingNumber.replace("-", ""));
            statement.executeUpdate();
        }
    }

    private String submit(Citizen citizen, String phoneAsTyped) {
        String body = Json.createObjectBuilder()
                .add("type", "DISPUTE")
                .add("category", "unpaid-wages")
                .add("description", citizen.description())
                .add("divisionCode", "330502100")
                .add("address", citizen.address())
                .add("contactName", citizen.name())
                .add("contactPhone", phoneAsTyped)
                .add("lang", "zh")
                .add("fields", Json.createObjectBuilder().add("employerName", "工头 " + citizen.mobile())
                        .add("amountOwed", "8000").add("monthsOwed", 2))
                .build().toString();
        Http.Reply created = new Http(base()).post("api/v1/requests", body);
        assertEquals(201, created.status(), created.body());
        return created.json().getString("trackingNumber").replace("-", "");
    }

    private static Map<String, String> storedRow(String trackingNumber) throws SQLException {
        try (Connection db = TestEnvironment.connect();
             PreparedStatement read = db.prepareStatement("""
                     SELECT contact_name, contact_phone, contact_phone_hash, address, description, answers
                     FROM requests WHERE tracking_number = ?""")) {
            read.setString(1, trackingNumber);
            try (ResultSet row = read.executeQuery()) {
                assertTrue(row.next(), "request " + trackingNumber + " stored");
                return Map.of("contact_name", row.getString("contact_name"),
                        "contact_phone", row.getString("contact_phone"),
                        "contact_phone_hash", row.getString("contact_phone_hash"),
                        "address", row.getString("address"),
                        "description", row.getString("description"),
                        "answers", row.getString("answers"));
            }
        }
    }

    /** The whole test database as {@code mariadb-dump} writes it, for the embedded and a configured server alike. */
    private static String mariadbDump() throws IOException, InterruptedException {
        TestEnvironment.DatabaseAddress database = TestEnvironment.database();
        String executable = System.getProperty("jingwu.it.mariadbDump", "/usr/bin/mariadb-dump");
        assertTrue(new File(executable).canExecute(),
                executable + " is needed to check the data at rest: install the MariaDB client tools or set jingwu.it.mariadbDump");
        Path out = Files.createTempFile("jingwu-dump", ".sql");
        Path err = Files.createTempFile("jingwu-dump", ".err");
        try {
            ProcessBuilder command = new ProcessBuilder(executable,
                    "--protocol=TCP", "--host=" + database.host(), "--port=" + database.port(),
                    "--user=" + database.user(), "--default-character-set=utf8mb4",
                    "--single-transaction", "--skip-extended-insert", "--no-tablespaces", "--triggers",
                    // binary columns (the encrypted attachments) as hex, so the dump reads as UTF-8 text;
                    // no other column is binary, so every text column is still searched as written
                    "--hex-blob", database.database())
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile());
            // the password in the environment, not on a command line that other users can list
            command.environment().put("MYSQL_PWD", database.password());
            Process dump = command.start();
            assertTrue(dump.waitFor(120, TimeUnit.SECONDS), "mariadb-dump did not finish in time");
            assertEquals(0, dump.exitValue(), "mariadb-dump of " + database + " failed: " + Files.readString(err));
            String text = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(text.contains("CREATE TABLE `requests`"), "a dump of the application's tables");
            return text;
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
