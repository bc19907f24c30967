package io.jingwu.api.documents.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The nationality and issuing-state codes of ICAO 9303 (ISO 3166-1 alpha-3 plus ICAO's own, such as {@code D},
 * {@code XXA} or {@code UNO}), from {@code travel-document-codes.tsv} beside this package's resources (see its
 * SOURCE.md), read once.
 */
public final class TravelDocumentCodes {

    static final String RESOURCE = "io/jingwu/api/identity/documents/travel-document-codes.tsv";

    private final Set<String> codes;
    /** ISO 3166-1 numeric -> alpha-3. */
    private final Map<String, String> numeric;

    private TravelDocumentCodes(Set<String> codes, Map<String, String> numeric) {
        this.codes = Set.copyOf(codes);
        this.numeric = Map.copyOf(numeric);
    }

    private static final class Standard {
        static final TravelDocumentCodes INSTANCE = load();

        private static TravelDocumentCodes load() {
            InputStream in = TravelDocumentCodes.class.getClassLoader().getResourceAsStream(RESOURCE);
            if (in == null) {
                throw new IllegalStateException("Reference file missing from the classpath: " + RESOURCE);
            }
            Set<String> codes = new HashSet<>();
            Map<String, String> numeric = new HashMap<>();
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                lines.readLine(); // header: code, iso_numeric, source, name
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.isBlank()) {
                        continue;
                    }
                    String[] columns = line.split("\t", -1);
                    codes.add(columns[0]);
                    if (!columns[1].isEmpty()) {
                        numeric.put(columns[1], columns[0]);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new TravelDocumentCodes(codes, numeric);
        }
    }

    public static TravelDocumentCodes standard() {
        return Standard.INSTANCE;
    }

    /** @param code as a zone or a form gives it, fillers removed ({@code D}, {@code CHN}) */
    public boolean isKnown(String code) {
        return code != null && codes.contains(code);
    }

    /** The alpha-3 code of an ISO 3166-1 numeric code ({@code 156} -> {@code CHN}). */
    public Optional<String> ofNumeric(String isoNumeric) {
        return Optional.ofNullable(numeric.get(isoNumeric));
    }
}
