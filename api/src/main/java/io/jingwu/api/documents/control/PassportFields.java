package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ParsedDocument;
import io.jingwu.api.documents.entity.ValidationResult;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A passport typed in rather than scanned (nobody types 88 characters on a phone), held to the rules of its
 * zone: a number that fits the zone's 9 characters, a nationality on ICAO's list, real dates (as
 * {@code 1974-08-12}, or {@code 740812} with the zone's two-digit years) and, when given, sex M, F or X.
 * There are no check digits to test: they exist only in the zone.
 */
public final class PassportFields {

    public static final String NUMBER = "number";
    public static final String NATIONALITY = "nationality";
    public static final String BIRTH_DATE = "birthDate";
    public static final String EXPIRY_DATE = "expiryDate";
    public static final String SURNAME = "surname";
    public static final String GIVEN_NAMES = "givenNames";
    public static final String SEX = "sex";

    private static final Pattern NUMBER_SHAPE = Pattern.compile("[A-Z0-9]{1,9}");
    private static final Pattern TWO_DIGIT_YEAR = Pattern.compile("\\d{6}");

    private final TravelDocumentCodes codes;

    public PassportFields(TravelDocumentCodes codes) {
        this.codes = codes;
    }

    /** @param number the number when given apart from the fields (the request's {@code value}); the field wins */
    public ValidationResult validate(Map<String, String> fields, String number, LocalDate today) {
        Findings findings = new Findings();
        String passportNumber = text(fields, NUMBER).orElse(number == null ? "" : number)
                .replaceAll("[\\s<]", "").toUpperCase(Locale.ROOT);
        if (!NUMBER_SHAPE.matcher(passportNumber).matches()) {
            findings.add(ErrorField.FORMAT, "identity.format.passport-number");
        }
        String nationality = text(fields, NATIONALITY).map(n -> n.toUpperCase(Locale.ROOT)).orElse("");
        if (nationality.isEmpty()) {
            findings.add(ErrorField.NATIONALITY, "identity.nationality.missing");
        } else if (!codes.isKnown(nationality)) {
            findings.add(ErrorField.NATIONALITY, "identity.nationality.unknown", nationality);
        }
        Optional<String> birthText = text(fields, BIRTH_DATE);
        LocalDate birth = birthText.flatMap(b -> TWO_DIGIT_YEAR.matcher(b).matches()
                ? DocumentDates.birthDate(b, today) : isoDate(b)).orElse(null);
        findings.birthDate(birth, today);
        Optional<String> expiryText = text(fields, EXPIRY_DATE);
        LocalDate expiry = expiryText.flatMap(e -> TWO_DIGIT_YEAR.matcher(e).matches()
                ? DocumentDates.expiryDate(e) : isoDate(e)).orElse(null);
        if (expiry == null) {
            findings.add(ErrorField.EXPIRY, "identity.expiry.unreal");
        }
        String sex = text(fields, SEX).map(s -> s.toUpperCase(Locale.ROOT)).orElse(null);
        if (sex != null && !(sex.equals("M") || sex.equals("F") || sex.equals("X"))) {
            findings.add(ErrorField.SEX, "identity.sex.unknown");
        }
        ParsedDocument document = new ParsedDocument(DocumentType.PASSPORT, passportNumber, null,
                text(fields, SURNAME).orElse(null), text(fields, GIVEN_NAMES).orElse(null),
                nationality.isEmpty() ? null : nationality, sex, birth, expiry, null);
        return findings.result(document, today);
    }

    private static Optional<String> text(Map<String, String> fields, String name) {
        return Optional.ofNullable(fields == null ? null : fields.get(name)).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static Optional<LocalDate> isoDate(String text) {
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
