package io.jingwu.api.fraud.links.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a tab-separated list beside this package's resources; lines starting with {@code #} say where the
 * list comes from.
 */
final class TsvResource {

    static final String FOLDER = "io/jingwu/api/fraud/links/";

    private TsvResource() {
    }

    /** The rows, each cut at tabs; the first row (the column names) left out. */
    static List<String[]> rows(String name) {
        String path = FOLDER + name;
        InputStream in = TsvResource.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("Reference file missing from the classpath: " + path);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            boolean header = true;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
