package io.jingwu.api.fraud.warnings.control;

import io.jingwu.api.fraud.scams.entity.ScamKind;
import io.jingwu.api.fraud.warnings.entity.WarningArea;
import io.jingwu.api.fraud.warnings.entity.WarningTexts;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.platform.validation.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Judges a warning before anything is stored or sent: where it goes (a county or a city), its texts, its kind of scam,
 * and the text message each follower would be sent, in their language with the unsubscribe link, which may take at
 * most {@link #MAX_PARTS} parts. Every broken rule is reported at once, in the caller's language.
 */
@ApplicationScoped
public class WarningRules {

    /**
     * The most parts a warning is sent in. The unsubscribe link alone fills about two parts of a Chinese or Russian
     * message; five leave room for about 180 Chinese or 160 Russian characters of warning, and every part is paid for
     * by every follower of a city.
     */
    public static final int MAX_PARTS = 5;

    @Inject
    InputCheck inputs;

    @Inject
    WarningAreas areas;

    @Inject
    UnsubscribeLinks links;

    /** A warning fit to publish. */
    public record Checked(WarningArea area, WarningTexts texts, ScamKind scamKind) {
    }

    /** @throws InvalidInputException listing every broken rule */
    public Checked check(WarningInput input) {
        List<FieldError> errors = new ArrayList<>(inputs.errors(input));
        Optional<WarningArea> area = Optional.empty();
        if (!Texts.isBlank(input.divisionCode())) {
            area = areas.area(input.divisionCode());
            if (area.isEmpty()) {
                errors.add(FieldError.of("divisionCode", "fraud.warnings.divisionCode.area", input.divisionCode().strip()));
            }
        }
        WarningTexts texts = null;
        if (input.texts() != null) {
            List<FieldError> textErrors = inputs.errors(input.texts()).stream()
                    .map(error -> new FieldError("texts." + error.field(), error.bundle(), error.messageKey(), error.args()))
                    .toList();
            errors.addAll(textErrors);
            if (textErrors.isEmpty()) {
                texts = new WarningTexts(input.texts().zh().strip(), stripped(input.texts().en()), stripped(input.texts().ru()));
                errors.addAll(tooLong(texts, links.sample(), MAX_PARTS));
            }
        }
        Optional<ScamKind> kind = Optional.empty();
        if (!Texts.isBlank(input.scamKind())) {
            kind = scamKind(input.scamKind());
            if (kind.isEmpty()) {
                errors.add(FieldError.of("scamKind", "fraud.warnings.scamKind.unknown",
                        Arrays.stream(ScamKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Checked(area.orElseThrow(), texts, kind.orElse(null));
    }

    /**
     * The texts whose message would take more than {@code maxParts} parts for some follower: each text is measured
     * in the frame of every language whose followers read it (a Russian follower reads the English text when there
     * is no Russian one), and reported once, by how much it is over where it is longest.
     */
    static List<FieldError> tooLong(WarningTexts texts, String link, int maxParts) {
        Map<Language, String> worst = new LinkedHashMap<>();
        Map<Language, Integer> over = new LinkedHashMap<>();
        for (Language reader : Language.values()) {
            Language written = texts.writtenFor(reader);
            String message = WarningMessages.warning(reader, texts, link);
            int by = SmsParts.overBy(message, maxParts);
            if (by > 0 && by > over.getOrDefault(written, 0)) {
                over.put(written, by);
                worst.put(written, message);
            }
        }
        return over.entrySet().stream()
                .map(entry -> FieldError.of("texts." + entry.getKey().tag(), "fraud.warnings.text.too-long",
                        SmsParts.of(worst.get(entry.getKey())), maxParts, entry.getValue()))
                .toList();
    }

    /** {@code FAKE_CUSTOMER_SERVICE} as named, or {@code fake-customer-service} as the catalogue's choice. */
    static Optional<ScamKind> scamKind(String given) {
        String name = given.strip();
        return Arrays.stream(ScamKind.values())
                .filter(kind -> kind.name().equals(name.toUpperCase(Locale.ROOT)))
                .findFirst()
                .or(() -> ScamKind.ofChoiceValue(name.toLowerCase(Locale.ROOT)));
    }

    private static String stripped(String text) {
        return Texts.stripped(text);
    }
}
