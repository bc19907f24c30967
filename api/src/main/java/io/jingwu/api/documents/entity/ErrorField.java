package io.jingwu.api.documents.entity;

/** What a refusal is about: the {@code field} of an error in the answer (a fixed contract, add only). */
public enum ErrorField {
    /** Length, characters or layout. */
    FORMAT,
    /** A check digit or character that does not match; {@link CheckDigit} tells which. */
    CHECK_DIGIT,
    /** No real date, or one in the future. */
    BIRTH_DATE,
    /** A division (or, on a foreigner's card, a province) code that does not exist and never did since 1981. */
    DIVISION,
    /** Not a nationality code of ICAO 9303 (ISO 3166-1 alpha-3 and ICAO's own codes). */
    NATIONALITY,
    /** The issuing state or organisation of a machine-readable zone is not on that list either. */
    ISSUING_STATE,
    /** No real expiry date. An expired document is not an error: it is reported as {@code expired}. */
    EXPIRY,
    /** Neither M, F nor X (or left unspecified). */
    SEX
}
