package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.ValidationResult;
import io.jingwu.api.platform.i18n.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertFalse;

/** The shared public test vectors (test resources {@code identity/...}, see their SOURCE.md), row by row. */
final class VectorFiles {

    /** A fixed day, so that the two-digit years and "not in the future" read the same on every run. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T02:00:00Z"), ZoneOffset.UTC);

    private VectorFiles() {
    }

    /** Each data row as column name -> text (empty when blank); the header names the columns. */
    static List<Map<String, String>> rows(String resource) {
        InputStream in = VectorFiles.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + resource);
        }
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = lines.readLine().split("\t", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split("\t", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], i < cells.length ? cells[i].strip() : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every error is worded in both languages (a missing key would show as ??key??). */
    static void assertWorded(ValidationResult result) {
        for (Language language : Language.values()) {
            result.errors().forEach(e -> assertFalse(e.message(language).startsWith("??"), e.messageKey()));
        }
    }
}
