package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.CheckDigit;
import io.jingwu.api.documents.entity.DocumentError;
import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ParsedDocument;
import io.jingwu.api.documents.entity.ValidationResult;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * 外国人永久居留身份证, two generations:
 * <ul>
 *     <li>2017, 15 characters: nationality (ISO 3166-1 alpha-3), the accepting office (4 digits: province and
 *     city), birth date (YYMMDD), a sequence digit (odd for men) and a check digit computed with ICAO 9303's
 *     7-3-1 weighting over the first 14 characters. The check follows the implementations the test vectors come
 *     from; no official text of it was found.</li>
 *     <li>2023, 18 characters: 9, the province of first issue (2 digits), the nationality (ISO 3166-1 numeric),
 *     birth date (YYYYMMDD), a sequence (2), sex (odd for men) and the MOD 11-2 check of resident numbers
 *     (国家移民管理局, 外国人永久居留身份证机读信息规则 2023).</li>
 * </ul>
 * Only the province part of the office is checked: the city digits are not published as a code list.
 */
public final class ForeignerResidenceIds {

    private static final Pattern CARD_2017 = Pattern.compile("[A-Z]{3}\\d{12}");
    private static final Pattern CARD_2023 = Pattern.compile("9\\d{16}[\\dX]");

    private final DivisionCodes divisions;
    private final TravelDocumentCodes codes;

    public ForeignerResidenceIds(DivisionCodes divisions, TravelDocumentCodes codes) {
        this.divisions = divisions;
        this.codes = codes;
    }

    public ValidationResult validate(String value, LocalDate today) {
        String number = ResidentIdNumbers.normalise(value);
        if (CARD_2017.matcher(number).matches()) {
            return card2017(number, today);
        }
        if (CARD_2023.matcher(number).matches()) {
            return card2023(number, today);
        }
        return ValidationResult.malformed(DocumentError.of(ErrorField.FORMAT, "identity.format.foreigner-id"));
    }

    private ValidationResult card2017(String number, LocalDate today) {
        Findings findings = new Findings();
        if (!CheckDigits.icaoMatches(number.substring(0, 14), number.charAt(14))) {
            findings.checkDigit(CheckDigit.DOCUMENT_NUMBER);
        }
        String nationality = number.substring(0, 3);
        if (!codes.isKnown(nationality)) {
            findings.add(ErrorField.NATIONALITY, "identity.nationality.unknown", nationality);
        }
        Optional<String> province = province(number.substring(3, 5), findings);
        LocalDate birth = DocumentDates.birthDate(number.substring(7, 13), today).orElse(null);
        findings.birthDate(birth, today);
        String sex = (number.charAt(13) - '0') % 2 == 1 ? "M" : "F";
        return findings.result(new ParsedDocument(DocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID_2017, number, null,
                null, null, nationality, sex, birth, null, province.orElse(null)), today);
    }

    private ValidationResult card2023(String number, LocalDate today) {
        Findings findings = new Findings();
        if (CheckDigits.mod11x2(number.substring(0, 17)) != number.charAt(17)) {
            findings.checkDigit(CheckDigit.DOCUMENT_NUMBER);
        }
        Optional<String> province = province(number.substring(1, 3), findings);
        Optional<String> nationality = codes.ofNumeric(number.substring(3, 6));
        if (nationality.isEmpty()) {
            findings.add(ErrorField.NATIONALITY, "identity.nationality.unknown-numeric", number.substring(3, 6));
        }
        LocalDate birth = DocumentDates.fullDate(number.substring(6, 14)).orElse(null);
        findings.birthDate(birth, today);
        String sex = (number.charAt(16) - '0') % 2 == 1 ? "M" : "F";
        return findings.result(new ParsedDocument(DocumentType.FOREIGNER_PERMANENT_RESIDENCE_ID_2023, number, null,
                null, null, nationality.orElse(null), sex, birth, null, province.orElse(null)), today);
    }

    private Optional<String> province(String twoDigits, Findings findings) {
        Optional<String> name = divisions.name(twoDigits + "0000");
        if (name.isEmpty()) {
            findings.add(ErrorField.DIVISION, "identity.division.unknown-province");
        }
        return name;
    }
}
