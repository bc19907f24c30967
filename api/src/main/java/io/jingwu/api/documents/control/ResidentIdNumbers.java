package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.CheckDigit;
import io.jingwu.api.documents.entity.DocumentError;
import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ParsedDocument;
import io.jingwu.api.documents.entity.ValidationResult;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 公民身份号码 (GB 11643-1999): the registering division (6 digits), the birth date (8), a sequence (3, odd for
 * men) and the ISO 7064 MOD 11-2 check character. The first-generation cards' 15 digits (a two-digit birth year
 * of the 1900s, no check character) are checked and converted to the 18 characters they became. The residence
 * permits of Hong Kong, Macao and Taiwan residents (810000, 820000, 830000) have the same format.
 */
public final class ResidentIdNumbers {

    private static final Pattern EIGHTEEN = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern FIFTEEN = Pattern.compile("\\d{15}");
    /** Residence-permit prefix -> the division it names: 830000 is no GB/T 2260 code, Taiwan's is 710000. */
    private static final Map<String, String> RESIDENCE_PERMITS = Map.of(
            "810000", "810000", "820000", "820000", "830000", "710000");

    private final DivisionCodes divisions;

    public ResidentIdNumbers(DivisionCodes divisions) {
        this.divisions = divisions;
    }

    /** Upper case ({@code x} is read as {@code X}), without the spaces people type to group digits. */
    static String normalise(String value) {
        return value == null ? "" : value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    }

    public ValidationResult validate(String value, LocalDate today) {
        String number = normalise(value);
        boolean legacy = FIFTEEN.matcher(number).matches();
        if (!legacy && !EIGHTEEN.matcher(number).matches()) {
            return ValidationResult.malformed(DocumentError.of(ErrorField.FORMAT, "identity.format.resident-id"));
        }
        Findings findings = new Findings();
        String first17 = legacy ? number.substring(0, 6) + "19" + number.substring(6, 15) : number.substring(0, 17);
        char check = CheckDigits.mod11x2(first17);
        if (!legacy && check != number.charAt(17)) {
            findings.checkDigit(CheckDigit.DOCUMENT_NUMBER);
        }
        LocalDate birth = DocumentDates.fullDate(first17.substring(6, 14)).orElse(null);
        findings.birthDate(birth, today);

        String code = first17.substring(0, 6);
        String permitOf = RESIDENCE_PERMITS.get(code);
        Optional<String> place = divisions.registrationPlace(permitOf != null ? permitOf : code);
        if (place.isEmpty()) {
            findings.add(ErrorField.DIVISION, "identity.division.unknown");
        }
        String sex = (first17.charAt(16) - '0') % 2 == 1 ? "M" : "F";
        // A converted 15-digit number gets its check character; an 18-character one stays as written.
        String normalised = legacy ? first17 + check : number;
        ParsedDocument document = new ParsedDocument(
                permitOf != null ? DocumentType.HMT_RESIDENCE_PERMIT : DocumentType.RESIDENT_ID, normalised,
                null, null, null, "CHN", sex, birth, null, place.orElse(null));
        return findings.result(document, today);
    }
}
