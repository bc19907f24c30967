package io.jingwu.api.documents.entity;

/** Which check digit of a document failed (ICAO 9303 names; a resident number has only the first). */
public enum CheckDigit {
    DOCUMENT_NUMBER,
    BIRTH_DATE,
    EXPIRY_DATE,
    /** TD3's personal number (optional data). */
    PERSONAL_NUMBER,
    /** The composite check digit over the upper and middle lines. */
    COMPOSITE
}
