package io.jingwu.api.documents.entity;

import io.jingwu.api.platform.personal.Masking;

import java.time.LocalDate;

/**
 * What a document says, as far as it could be read. Every part may be null. The full number stays inside the
 * application (a later verification needs it); {@link #toString()} masks it, so that a log line never shows it.
 *
 * @param number       normalised: upper case, a 15-digit resident number converted to 18 characters
 * @param issuingState ICAO code of the issuing state or organisation (machine-readable zones)
 * @param nationality  ICAO code (alpha-3, or {@code D} for Germany)
 * @param sex          {@code M}, {@code F} or {@code X}
 * @param division     where a resident number was registered ("浙江省 杭州市 上城区"), or a foreigner's card issued
 */
public record ParsedDocument(DocumentType type, String number, String issuingState, String surname, String givenNames,
                             String nationality, String sex, LocalDate birthDate, LocalDate expiryDate,
                             String division) {

    public static ParsedDocument of(DocumentType type, String number) {
        return new ParsedDocument(type, number, null, null, null, null, null, null, null, null);
    }

    public String numberMasked() {
        return Masking.idNumber(number);
    }

    @Override
    public String toString() {
        return "ParsedDocument[" + type + " " + numberMasked() + "]";
    }
}
