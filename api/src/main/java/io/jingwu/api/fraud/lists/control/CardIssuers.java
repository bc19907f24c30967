package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.platform.i18n.Language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The bank that issued a card, from its first six digits, where {@code card-issuers.tsv} knows them. */
public final class CardIssuers {

    private static final String RESOURCE = "/io/jingwu/api/fraud/lists/card-issuers.tsv";
    private static final int PREFIX = 6;
    private static final Map<String, CardIssuer> BY_PREFIX = load();

    /** A bank that issues cards, named in every language. */
    public record CardIssuer(Map<Language, String> names) {

        public String name(Language language) {
            return names.get(language);
        }
    }

    private CardIssuers() {
    }

    /** The issuing bank, for a card whose prefix is known. */
    public static Optional<CardIssuer> issuerOf(String cardDigits) {
        return cardDigits.length() < PREFIX ? Optional.empty()
                : Optional.ofNullable(BY_PREFIX.get(cardDigits.substring(0, PREFIX)));
    }

    private static Map<String, CardIssuer> load() {
        Map<String, CardIssuer> issuers = new HashMap<>();
        try (InputStream in = CardIssuers.class.getResourceAsStream(RESOURCE);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                issuers.put(cells[0], new CardIssuer(Map.of(Language.ZH, cells[1], Language.EN, cells[2], Language.RU, cells[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(issuers);
    }
}
