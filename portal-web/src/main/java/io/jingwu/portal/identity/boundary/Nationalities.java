package io.jingwu.portal.identity.boundary;

import io.jingwu.api.documents.control.TravelDocumentCodes;
import io.jingwu.api.platform.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.io.Serializable;
import java.text.Collator;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Nationalities by name in the page's language (the JDK's country names), each with its ICAO 9303 code, which is what
 * the API takes: nobody should have to know that Uzbekistan is {@code UZB}. Only the codes the document checks know
 * are offered; ICAO's own codes (stateless persons, organisations) come only through a machine-readable zone.
 */
@Named("nationalities")
@ApplicationScoped
public class Nationalities {

    private final Map<Language, List<Nationality>> byLanguage = new ConcurrentHashMap<>();

    /** Every nationality, by name in alphabetical order of the language. */
    public List<Nationality> of(Language language) {
        return byLanguage.computeIfAbsent(language, Nationalities::load);
    }

    /** The name of a nationality code, or the code itself when it is no country's (an ICAO code), or null. */
    public String name(String code, Language language) {
        if (code == null) {
            return null;
        }
        return of(language).stream().filter(n -> n.code().equals(code)).map(Nationality::name).findFirst()
                .orElse(code);
    }

    private static List<Nationality> load(Language language) {
        Collator collator = Collator.getInstance(language.locale());
        Map<String, Locale> countries = Arrays.stream(Locale.getISOCountries())
                .map(country -> new Locale("", country))
                .collect(Collectors.toMap(Locale::getISO3Country, Function.identity(), (a, b) -> a));
        return countries.entrySet().stream()
                .filter(e -> TravelDocumentCodes.standard().isKnown(e.getKey()))
                .map(e -> new Nationality(e.getKey(), e.getValue().getDisplayCountry(language.locale())))
                .sorted(Comparator.comparing(Nationality::name, collator))
                .toList();
    }

    /** @param code ICAO 9303 (ISO 3166-1 alpha-3) */
    public record Nationality(String code, String name) implements Serializable {
    }
}
