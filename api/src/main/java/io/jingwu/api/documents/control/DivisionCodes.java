package io.jingwu.api.documents.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Every 6-digit division code (GB/T 2260) in use now or at some time since 1981, with its name, held in memory:
 * the first six digits of a resident number are the code of the registering division at issue and never
 * change, so a number of an abolished county (330103 下城区) is still good. Read once from the reference files
 * of {@code db-scripts} ({@code db/reference/divisions}, see its SOURCE.md), not from the database, so that a
 * check needs neither a query nor a container.
 */
public final class DivisionCodes {

    static final String CURRENT = "db/reference/divisions/divisions_gbt2260_2024.csv";
    static final String HISTORY = "db/reference/divisions/divisions_history_1981_2024.csv";

    private static final String HISTORY_IN_USE = "在用";
    private static final String DIRECTLY_ADMINISTERED = "直辖";

    /** Code -> full name ("浙江省 杭州市 上城区"); immutable. */
    private final Map<String, String> names;

    private DivisionCodes(Map<String, String> names) {
        this.names = Map.copyOf(names);
    }

    /** Loaded at first use: only the validators need it. */
    private static final class Standard {
        static final DivisionCodes INSTANCE = load();

        private static DivisionCodes load() {
            try (Reader current = open(CURRENT); Reader history = open(HISTORY)) {
                return read(current, history);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static Reader open(String resource) {
            InputStream in = DivisionCodes.class.getClassLoader().getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("Reference file missing from the classpath: " + resource);
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }
    }

    public static DivisionCodes standard() {
        return Standard.INSTANCE;
    }

    /**
     * @param current {@code code,name,parent_code,level} (the current GB/T 2260 list)
     * @param history {@code 代码,一级行政区,二级行政区,名称,级别,状态,...} (every code since 1981, one row per name it had)
     */
    static DivisionCodes read(Reader current, Reader history) throws IOException {
        Map<String, String> names = new HashMap<>();
        Map<String, String[]> currentRows = new HashMap<>();
        for (String[] row : rows(current)) {
            currentRows.put(row[0], row);
        }
        for (String code : currentRows.keySet()) {
            names.put(code, currentFullName(code, currentRows));
        }
        Set<String> namedInUse = new LinkedHashSet<>();
        for (String[] row : rows(history)) {
            String code = row[0];
            boolean inUse = HISTORY_IN_USE.equals(row[5]);
            // A code renamed over time has a row per name: the one in use wins, else the latest (rows are in order).
            if (!namedInUse.contains(code)) {
                names.put(code, historyFullName(row));
            }
            if (inUse) {
                namedInUse.add(code);
            }
        }
        return new DivisionCodes(names);
    }

    /** True when the code exists now or existed at some time since 1981. */
    public boolean exists(String code) {
        return names.containsKey(code);
    }

    public Optional<String> name(String code) {
        return Optional.ofNullable(names.get(code));
    }

    /**
     * Where a resident number was registered: the division of its code, or, for a city-district code (last two
     * digits 01-20) of a prefecture that exists, that prefecture. GB/T 2260 lists of the 1980s-2000s carried the
     * "市辖区" rows (330101) and early city districts that the ministry's lists behind the reference files leave
     * out, and numbers issued then still carry them. Counties (21-80) and county-level cities (81-99) are in the
     * files and must match exactly.
     */
    public Optional<String> registrationPlace(String code) {
        Optional<String> exact = name(code);
        if (exact.isPresent() || code == null || code.length() != 6) {
            return exact;
        }
        int county = Integer.parseInt(code.substring(4));
        String prefecture = code.substring(0, 4) + "00";
        if (county >= 1 && county <= 20 && !code.substring(2, 4).equals("00")) {
            return name(prefecture);
        }
        return Optional.empty();
    }

    private static String currentFullName(String code, Map<String, String[]> rows) {
        StringBuilder name = new StringBuilder();
        for (String[] row = rows.get(code); row != null; row = row[2].isEmpty() ? null : rows.get(row[2])) {
            name.insert(0, name.isEmpty() ? row[1] : row[1] + " ");
        }
        return name.toString();
    }

    private static String historyFullName(String[] row) {
        Set<String> parts = new LinkedHashSet<>();
        parts.add(row[1]);
        if (!row[2].isEmpty() && !DIRECTLY_ADMINISTERED.equals(row[2])) {
            parts.add(row[2]);
        }
        parts.add(row[3]);
        return String.join(" ", parts);
    }

    private static List<String[]> rows(Reader reader) throws IOException {
        BufferedReader lines = new BufferedReader(reader);
        lines.readLine(); // header
        List<String[]> rows = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            if (!line.isBlank()) {
                rows.add(line.split(",", -1));
            }
        }
        return rows;
    }
}
