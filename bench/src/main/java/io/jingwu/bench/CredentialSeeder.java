package io.jingwu.bench;

import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.identity.credentials.control.CredentialCodes;
import io.jingwu.api.identity.credentials.control.CredentialTokens;
import io.jingwu.api.identity.credentials.entity.CredentialStatus;
import io.jingwu.api.identity.credentials.entity.RevocationReason;
import io.jingwu.api.identity.credentials.entity.VerificationLevel;
import io.jingwu.api.identity.registry.control.EmbeddedPopulationRegistry;
import io.jingwu.api.identity.registry.entity.RegistryQuery;
import io.jingwu.api.identity.verification.entity.VerificationStatus;
import io.jingwu.api.platform.crypto.DataKeys;
import io.jingwu.api.platform.crypto.Digests;
import io.jingwu.api.platform.crypto.FieldCipher;
import io.jingwu.api.platform.crypto.LookupHashes;
import io.jingwu.api.platform.crypto.RandomTokens;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Identity credentials as a successful verification leaves them, each with its verification, written in JDBC batches
 * of {@value #BATCH} rows a transaction (a million credentials through the API would need a million SMS codes). Every
 * value is made by the application's own code under the server's key (the benchmark loads it first, see
 * {@code BenchKeyring}): a random code and its keyed hash ({@link CredentialCodes}), a holder token's SHA-256, the
 * document's and the phone's keyed hashes, and every piece of personal data sealed on its own with the server's
 * cipher (the code, names, document numbers, birth dates and phones). Foreign residents' passports and permanent
 * residence cards, and Hong Kong and Macao travel permits; issued over the last 28 days, valid 30; one in 20 revoked
 * by its holder, one in 20 expired.
 *
 * <p>The index every check reads, the code's hash, grows row by row in random order as the application's does. The
 * other secondary indexes of the two tables, which no check reads (the holder's token, the document, the
 * verification's public id), are dropped while a fill writes and built again after it from their definition in
 * {@code SHOW CREATE TABLE}: built by sorting they take seconds, where a million random insertions into them, with the
 * table far larger than the buffer pool, took six minutes. A fill that fails leaves them dropped (the benchmark then
 * drops the whole database, unless told to keep it).
 *
 * <p>A uniform sample of the credentials written (reservoir sampling) is kept with what a check must answer, to be
 * checked by code or by the token of its QR code.
 */
final class CredentialSeeder {

    private static final int BATCH = 2_000;
    private static final Duration LIFETIME = Duration.ofDays(30);
    private static final String[][] FOREIGNERS = {
            {"IVANOVA ANNA", "RUS"}, {"SMITH JOHN MICHAEL", "GBR"}, {"KIM MINJUN", "KOR"}, {"MÜLLER LUKAS", "DEU"},
            {"TANAKA YUKI", "JPN"}, {"GARCIA LOPEZ MARIA", "ESP"}, {"NGUYEN VAN AN", "VNM"}, {"JOHNSON EMILY", "USA"},
            {"DUBOIS CAMILLE", "FRA"}, {"ROSSI GIULIA", "ITA"}, {"SILVA PEDRO", "BRA"}, {"KHAN AYESHA", "PAK"}};
    private static final String[] PERMIT_HOLDERS = {"陈嘉欣", "黄志明", "李卓贤", "梁咏诗"};
    private static final String[] LANGUAGES = {"en", "en", "en", "zh", "ru"};
    /** The secondary indexes no check reads, by table: built again after a fill rather than during it. */
    private static final Map<String, List<String>> UNREAD_INDEXES = Map.of(
            "identity_verifications", List.of("identity_verifications_public", "identity_verifications_document"),
            "identity_credentials", List.of("identity_credentials_holder", "identity_credentials_document"));

    private static final String VERIFICATION = """
            INSERT INTO identity_verifications (id, public_id, document_type, document_number, number_hash, holder_name,
                birth_date, nationality, expiry_date, phone, phone_hash, division_code, lang, status, code_hash,
                code_expires_at, code_attempts, created_at, completed_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '330502', ?, ?, NULL, ?, 1, ?, ?)""";
    private static final String CREDENTIAL = """
            INSERT INTO identity_credentials (id, verification_id, code, code_hash, holder_token_hash, number_hash,
                holder_name, holder_phone, nationality, document_type, level, lang, issued_at, expires_at, revoked_at,
                revoked_because)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final Connection connection;
    private final FieldCipher cipher;
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    private final SplittableRandom random = new SplittableRandom(20261204);
    private final List<Seeded> sample = new ArrayList<>();
    private final int sampleSize;
    /** Credentials this seeder wrote: the next one's number. */
    private long written;

    /** @param sampleSize how many of the credentials written to keep for checks */
    CredentialSeeder(Connection connection, DataKeys keys, int sampleSize) {
        this.connection = connection;
        this.cipher = keys.cipher();
        this.sampleSize = sampleSize;
    }

    /** A credential written, and what an institution checking it must be told. */
    record Seeded(String code, CredentialStatus status, Instant issuedAt, Instant expiresAt) {

        /** As the holder reads it out at a counter: {@code K7QD-9M2X-PA4T}. */
        String readable() {
            return CredentialCodes.readable(code);
        }

        /** What the credential's QR code carries, signed as the server signs it. */
        String token() {
            return CredentialTokens.sign(code, issuedAt, expiresAt);
        }
    }

    long rows() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM identity_credentials")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** A uniform sample of every credential written so far. */
    List<Seeded> sample() {
        return List.copyOf(sample);
    }

    /** Adds credentials until the table holds {@code target}; how many it added. */
    long fill(long target) throws SQLException {
        long missing = Math.max(0, target - rows());
        if (missing == 0) {
            return 0;
        }
        long firstId = nextId();
        Map<String, List<String>> dropped = dropUnreadIndexes();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (PreparedStatement verifications = connection.prepareStatement(VERIFICATION);
             PreparedStatement credentials = connection.prepareStatement(CREDENTIAL)) {
            for (long done = 0; done < missing; ) {
                int batch = (int) Math.min(BATCH, missing - done);
                for (int i = 0; i < batch; i++) {
                    add(firstId + done + i, verifications, credentials);
                }
                verifications.executeBatch();
                credentials.executeBatch();
                connection.commit();
                done += batch;
            }
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        for (Map.Entry<String, List<String>> table : dropped.entrySet()) {
            alter(table.getKey(), table.getValue().stream().map(definition -> "ADD " + definition).toList());
        }
        return missing;
    }

    /** Drops the indexes no check reads; their definitions, to build them again. */
    private Map<String, List<String>> dropUnreadIndexes() throws SQLException {
        Map<String, List<String>> dropped = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> table : UNREAD_INDEXES.entrySet()) {
            String created;
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SHOW CREATE TABLE " + table.getKey())) {
                row.next();
                created = row.getString(2);
            }
            List<String> definitions = new ArrayList<>();
            List<String> drops = new ArrayList<>();
            for (String index : table.getValue()) {
                Matcher definition = Pattern.compile("^\\s*((?:UNIQUE )?KEY `" + index + "` \\(.*\\)),?$",
                        Pattern.MULTILINE).matcher(created);
                if (definition.find()) {
                    definitions.add(definition.group(1));
                    drops.add("DROP INDEX " + index);
                }
            }
            alter(table.getKey(), drops);
            dropped.put(table.getKey(), definitions);
        }
        return dropped;
    }

    private void alter(String table, List<String> changes) throws SQLException {
        if (!changes.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + table + " " + String.join(", ", changes));
            }
        }
    }

    /** One verification and its credential, with the same id: the tables hold nothing else. */
    private void add(long id, PreparedStatement verification, PreparedStatement credential) throws SQLException {
        long n = written++;
        String code = CredentialCodes.next();
        CredentialStatus status = n % 20 == 7 ? CredentialStatus.REVOKED
                : n % 20 == 13 ? CredentialStatus.EXPIRED : CredentialStatus.VALID;
        // expired ones were issued 31 to 90 days ago; the others in the last 28 days, at least an hour ago
        Instant issued = status == CredentialStatus.EXPIRED
                ? now.minus(Duration.ofDays(31)).minusSeconds(random.nextLong(Duration.ofDays(59).toSeconds()))
                : now.minus(Duration.ofHours(1)).minusSeconds(random.nextLong(Duration.ofDays(28).toSeconds()));
        Instant expires = issued.plus(LIFETIME);
        Instant revoked = status == CredentialStatus.REVOKED ? issued.plus(Duration.ofMinutes(30)) : null;

        DocumentType type;
        String nationality;
        String name;
        String number;
        int kind = (int) (n % 10);
        if (kind < 7) {
            String[] person = FOREIGNERS[(int) (n % FOREIGNERS.length)];
            type = kind < 5 ? DocumentType.PASSPORT : DocumentType.TD3;
            name = person[0];
            nationality = person[1];
            number = String.format(Locale.ROOT, "E%08d", n % 100_000_000);
        } else if (kind < 9) {
            String[] person = FOREIGNERS[(int) ((n / 10) % FOREIGNERS.length)];
            type = DocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID_2023;
            name = person[0];
            nationality = person[1];
            number = String.format(Locale.ROOT, "933%015d", n);
        } else {
            type = DocumentType.HK_MACAO_TRAVEL_PERMIT;
            name = PERMIT_HOLDERS[(int) ((n / 10) % PERMIT_HOLDERS.length)];
            nationality = null;
            number = String.format(Locale.ROOT, "H%08d", n % 100_000_000);
        }
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(15_000));
        LocalDate documentExpires = LocalDate.ofInstant(issued, ZoneOffset.UTC).plusYears(1 + random.nextInt(8));
        String phone = String.format(Locale.ROOT, "+86139%08d", n % 100_000_000);
        String numberHash = EmbeddedPopulationRegistry.documentHash(new RegistryQuery(type, nationality, number, name,
                birth));
        String lang = LANGUAGES[(int) (n % LANGUAGES.length)];

        int i = 0;
        verification.setLong(++i, id);
        verification.setString(++i, RandomTokens.urlSafe(16));
        verification.setString(++i, type.name());
        verification.setString(++i, cipher.seal(number));
        verification.setString(++i, numberHash);
        verification.setString(++i, cipher.seal(name));
        verification.setString(++i, cipher.seal(birth.toString()));
        verification.setString(++i, nationality);
        verification.setObject(++i, documentExpires);
        verification.setString(++i, cipher.seal(phone));
        verification.setString(++i, LookupHashes.phone(phone));
        verification.setString(++i, lang);
        verification.setString(++i, VerificationStatus.VERIFIED.name());
        verification.setObject(++i, utc(issued.plus(Duration.ofMinutes(3))));
        verification.setObject(++i, utc(issued.minus(Duration.ofMinutes(2))));
        verification.setObject(++i, utc(issued));
        verification.addBatch();

        i = 0;
        credential.setLong(++i, id);
        credential.setLong(++i, id);
        credential.setString(++i, cipher.seal(code));
        credential.setString(++i, CredentialCodes.hash(code));
        credential.setString(++i, Digests.sha256(RandomTokens.urlSafe(32)));
        credential.setString(++i, numberHash);
        credential.setString(++i, cipher.seal(name));
        credential.setString(++i, cipher.seal(phone));
        // what institutions are told: China for the travel permits' holders
        credential.setString(++i, nationality == null ? "CHN" : nationality);
        credential.setString(++i, type.name());
        credential.setString(++i, VerificationLevel.REGISTRY_PHONE_REALNAME.name());
        credential.setString(++i, lang);
        credential.setObject(++i, utc(issued));
        credential.setObject(++i, utc(expires));
        credential.setObject(++i, revoked == null ? null : utc(revoked));
        credential.setString(++i, revoked == null ? null : RevocationReason.HOLDER.name());
        credential.addBatch();

        keep(n, new Seeded(code, status, issued, expires));
    }

    /** Algorithm R: the n-th credential replaces a kept one with probability sampleSize / (n + 1). */
    private void keep(long n, Seeded seeded) {
        if (sample.size() < sampleSize) {
            sample.add(seeded);
        } else {
            long slot = random.nextLong(n + 1);
            if (slot < sampleSize) {
                sample.set((int) slot, seeded);
            }
        }
    }

    private long nextId() throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT GREATEST(COALESCE((SELECT MAX(id) FROM identity_credentials), 0), "
                     + "COALESCE((SELECT MAX(id) FROM identity_verifications), 0)) + 1")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
