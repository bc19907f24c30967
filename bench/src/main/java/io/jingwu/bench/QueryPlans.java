package io.jingwu.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MariaDB's plans of the application's queries, run with {@code ANALYZE} so that they show the rows actually read
 * beside the optimizer's estimate, and the time the query took. The queries are read from the application's source
 * where they are SQL, so that the plan shown is that of the query measured, not of a copy that drifted.
 */
final class QueryPlans {

    private static final List<String> COLUMNS = List.of("id", "select_type", "table", "type", "key", "ref", "rows",
            "r_rows", "Extra");

    private QueryPlans() {
    }

    /** The first match of {@code pattern}'s first group in the source file, with its white space collapsed. */
    static Optional<String> fromSource(Path source, Pattern pattern) throws IOException {
        if (!Files.isRegularFile(source)) {
            return Optional.empty();
        }
        Matcher matcher = pattern.matcher(Files.readString(source));
        return matcher.find() ? Optional.of(matcher.group(1).replaceAll("\\s+", " ").strip()) : Optional.empty();
    }

    /** One line per table of the plan, then the time {@code ANALYZE} took (it runs the query). */
    static List<String> analyze(Connection database, String query) throws SQLException {
        List<String> lines = new ArrayList<>();
        long before = System.nanoTime();
        try (Statement statement = database.createStatement();
             ResultSet plan = statement.executeQuery("ANALYZE " + query)) {
            ResultSetMetaData columns = plan.getMetaData();
            while (plan.next()) {
                StringBuilder row = new StringBuilder("  ");
                for (String column : COLUMNS) {
                    for (int c = 1; c <= columns.getColumnCount(); c++) {
                        if (columns.getColumnLabel(c).equals(column)) {
                            row.append(column).append('=').append(plan.getString(c)).append(' ');
                        }
                    }
                }
                lines.add(row.toString().stripTrailing());
            }
        }
        lines.add(String.format(Locale.ROOT, "  (%.1f ms with ANALYZE)", (System.nanoTime() - before) / 1e6));
        return lines;
    }
}
