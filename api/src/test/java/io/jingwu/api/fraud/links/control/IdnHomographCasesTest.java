package io.jingwu.api.fraud.links.control;

import io.jingwu.api.fraud.links.entity.InspectedLink;
import io.jingwu.api.fraud.links.entity.LinkFindingCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of {@code idn_homograph_cases.tsv} (see its SOURCE.md): a host Chromium shows as punycode gets a
 * warning here, one it shows in Unicode gets none, and bad punycode is no link at all.
 */
class IdnHomographCasesTest {

    private final LinkInspector inspector = new LinkInspector();

    static List<Map<String, String>> rows() throws IOException {
        InputStream in = IdnHomographCasesTest.class
                .getResourceAsStream("/io/jingwu/api/fraud/links/idn_homograph_cases.tsv");
        assertNotNull(in, "idn_homograph_cases.tsv on the test classpath");
        List<Map<String, String>> rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = lines.readLine().split("\t", -1);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], columns[i]);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void theFileHasAllItsRows() throws IOException {
        List<Map<String, String>> rows = rows();
        assertEquals(36, rows.size());
        assertEquals(20, rows.stream().filter(row -> row.get("expected_display").equals("unsafe")).count());
        assertEquals(13, rows.stream().filter(row -> row.get("expected_display").equals("safe")).count());
        assertEquals(3, rows.stream().filter(row -> row.get("expected_display").equals("invalid")).count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachHostGetsTheBrowsersVerdict(Map<String, String> row) {
        String ace = row.get("ace");
        switch (row.get("expected_display")) {
            case "unsafe" -> {
                InspectedLink link = inspector.inspect(ace);
                assertTrue(link.hasWarning(), ace + " " + row.get("description") + ": " + link.findings());
                assertTrue(link.has(LinkFindingCode.SPOOFED_IDN), ace + ": " + link.findings());
                assertEquals(row.get("unicode"), link.unicodeHost());
            }
            case "safe" -> {
                InspectedLink link = inspector.inspect(ace);
                assertFalse(link.hasWarning(), ace + " " + row.get("description") + ": " + link.findings());
                assertEquals(row.get("unicode"), link.unicodeHost());
                assertEquals(ace, link.asciiHost());
            }
            case "invalid" -> assertThrows(NotALinkException.class, () -> inspector.inspect(ace),
                    ace + " " + row.get("description"));
            default -> throw new AssertionError("unknown verdict in row " + row);
        }
    }

    static List<Map<String, String>> displayableRows() throws IOException {
        return rows().stream().filter(row -> !row.get("expected_display").equals("invalid")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("displayableRows")
    void theUnicodeFormGetsTheSameVerdictAsThePunycode(Map<String, String> row) {
        InspectedLink link = inspector.inspect(row.get("unicode"));
        assertEquals(row.get("ace"), link.asciiHost());
        assertEquals(row.get("expected_display").equals("unsafe"), link.hasWarning(), row + ": " + link.findings());
    }
}
