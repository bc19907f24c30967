package io.jingwu.api.divisions.control;

import jakarta.enterprise.context.Dependent;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Migration 2: loads the division files of {@code db-scripts} ({@code db/reference/divisions}, see its SOURCE.md)
 * as they were published, rather than a hand-converted copy. The checksum covers the files, so an edited file
 * is noticed like an edited SQL migration.
 */
@Dependent
public class DivisionsReferenceData implements JavaMigration {

    static final List<String> FILES = List.of(
            "db/reference/divisions/divisions_gbt2260_2024.csv",
            "db/reference/divisions/zhejiang_townships_nbs2023.csv");

    private static final int BATCH = 500;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "reference divisions";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        for (String file : FILES) {
            try (InputStream in = open(file)) {
                crc.update(in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "INSERT INTO divisions (code, name, parent_code, level) VALUES (?, ?, ?, ?)")) {
            for (String file : FILES) {
                load(file, insert);
            }
        }
    }

    private void load(String file, PreparedStatement insert) throws Exception {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(open(file), StandardCharsets.UTF_8))) {
            reader.readLine(); // header: code,name,parent_code,level
            int pending = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split(",", -1);
                insert.setString(1, columns[0]);
                insert.setString(2, columns[1]);
                insert.setString(3, columns[2].isEmpty() ? null : columns[2]);
                insert.setString(4, columns[3]);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }

    private static InputStream open(String file) {
        InputStream in = DivisionsReferenceData.class.getClassLoader().getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("Reference data missing from the class path: " + file);
        }
        return in;
    }
}
