package io.jingwu.api.identity.verification.control;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.documents.control.DocumentValidation;
import io.jingwu.api.documents.entity.DocumentKind;
import io.jingwu.api.documents.entity.ParsedDocument;
import io.jingwu.api.documents.entity.ValidationResult;
import io.jingwu.api.identity.registry.control.EmbeddedPopulationRegistry;
import io.jingwu.api.identity.registry.entity.RegistryQuery;
import io.jingwu.api.identity.verification.entity.VerifiedPerson;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.personal.PhoneNumbers;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.time.Clocks;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.platform.validation.Texts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Judges a verification before anything is stored or sent: the document by the same checks as the public endpoint,
 * and refused when expired; the holder's name and birth date (from the document when it carries them); the phone;
 * where the holder lives. With the rules declared on {@link VerificationInput}, every broken rule is reported at
 * once, in the caller's language.
 */
@ApplicationScoped
public class VerificationRules {

    static final int NAME_MAX = 100;
    static final int VALUE_MAX = 200;

    @Inject
    DocumentValidation documents;

    @Inject
    Divisions divisions;

    @Inject
    Clock clock;

    @Inject
    InputCheck inputs;

    /** @throws InvalidInputException listing every broken rule */
    public Checked check(VerificationInput input, Language fallback) {
        List<FieldError> declared = inputs.errors(input);
        Set<String> invalid = declared.stream().map(FieldError::field).collect(Collectors.toSet());
        List<FieldError> errors = new ArrayList<>();
        Optional<DocumentKind> kind = DocumentKind.parse(input.kind());
        ParsedDocument document = null;
        if (kind.isEmpty()) {
            errors.add(FieldError.of("kind", "identity.kind.unknown",
                    Arrays.stream(DocumentKind.values()).map(Enum::name).collect(Collectors.joining(", "))));
        } else if (Texts.isBlank(input.value()) && (kind.get() != DocumentKind.PASSPORT || input.fields() == null || input.fields().isEmpty())) {
            errors.add(FieldError.of("value", "identity.value.missing"));
        } else if (input.value() != null && input.value().length() > VALUE_MAX) {
            errors.add(FieldError.of("value", "identity.value.too-long", VALUE_MAX));
        } else {
            ValidationResult result = documents.validate(kind.get(), input.value(), input.fields());
            result.errors().forEach(e -> errors.add(new FieldError("document", Messages.API, e.messageKey(), e.args())));
            if (result.valid() && result.expired()) {
                errors.add(FieldError.of("document", "verification.document.expired"));
            }
            document = result.valid() ? result.document() : null;
        }

        String name = document == null ? null : documentName(document);
        if (name == null && !Texts.isBlank(input.name())) {
            name = typedName(input.name());
        }
        if (name == null && document != null) {
            errors.add(FieldError.of("name", "verification.name.required"));
        } else if (name != null && name.codePointCount(0, name.length()) > NAME_MAX) {
            errors.add(FieldError.of("name", "verification.name.length", NAME_MAX));
        }

        LocalDate birthDate = document == null ? null : document.birthDate();
        if (birthDate == null && document != null) {
            birthDate = birthDate(input.birthDate(), LocalDate.now(clock.withZone(Clocks.CHINA)), errors);
        }

        errors.addAll(declared);
        String divisionCode = Texts.stripped(input.divisionCode());
        if (!invalid.contains("divisionCode")
                && (!Divisions.isWellFormed(divisionCode) || divisions.find(divisionCode).isEmpty())) {
            errors.add(FieldError.of("divisionCode", "request.divisionCode.unknown", divisionCode));
        }

        Language language = fallback;
        if (!Texts.isBlank(input.lang())) {
            Optional<Language> chosen = Language.fromTag(input.lang());
            if (chosen.isEmpty()) {
                errors.add(FieldError.of("lang", "request.lang.unknown"));
            } else {
                language = chosen.get();
            }
        }

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String issuingState = document.issuingState() != null ? document.issuingState() : document.nationality();
        String registryNationality = document.type().chinese() ? null : issuingState;
        RegistryQuery query = new RegistryQuery(document.type(), registryNationality, document.number(), name, birthDate);
        VerifiedPerson person = new VerifiedPerson(document.type(), document.number(),
                EmbeddedPopulationRegistry.documentHash(query), name, birthDate, registryNationality, document.expiryDate());
        return new Checked(person, PhoneNumbers.normalise(input.phone()).orElseThrow(), divisionCode, language);
    }

    /** The name a zone or typed passport gives, surname first, as it is printed. */
    private static String documentName(ParsedDocument document) {
        String name = Stream.of(document.surname(), document.givenNames())
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
        return name.isEmpty() ? null : name;
    }

    /**
     * A typed name in the one form it is kept and shown to institutions: spaces between Chinese characters dropped
     * ("王 晓明" is 王晓明, as the registry compares it), other runs of spaces (full-width ones too) made one.
     */
    static String typedName(String text) {
        return text.strip().replaceAll("[\\s\u3000]+", " ").replaceAll("(?<=\\p{IsHan}) (?=\\p{IsHan})", "");
    }

    private static LocalDate birthDate(String text, LocalDate today, List<FieldError> errors) {
        if (Texts.isBlank(text)) {
            errors.add(FieldError.of("birthDate", "verification.birthDate.required"));
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(today)) {
                errors.add(FieldError.of("birthDate", "identity.birth-date.future"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add(FieldError.of("birthDate", "verification.birthDate.format"));
            return null;
        }
    }

    /** A verification fit to start. */
    public record Checked(VerifiedPerson person, String phoneE164, String divisionCode, Language language) {

        @Override
        public String toString() {
            return "Checked[" + person + "]";
        }
    }
}
