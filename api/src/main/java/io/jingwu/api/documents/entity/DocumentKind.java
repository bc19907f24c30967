package io.jingwu.api.documents.entity;

import java.util.Optional;

/** What a caller says they hand in; the validator then tells the exact {@link DocumentType}. */
public enum DocumentKind {
    /** 居民身份证 (18 characters or the old 15 digits), also the 81/82/83 residence permits of HMT residents. */
    RESIDENT_ID,
    /** The machine-readable zone of a passport, ID card or visa, lines joined by {@code \n}. */
    MRZ,
    /** A passport given as typed fields (number, nationality, birth and expiry date). */
    PASSPORT,
    /** 外国人永久居留身份证: the 15-character 2017 card or the 18-digit 2023 card. */
    FOREIGNER_PERMANENT_RESIDENCE_ID,
    /** 港澳居民来往内地通行证 (回乡证) and 台湾居民来往大陆通行证 (台胞证). */
    HMT_PERMIT;

    public static Optional<DocumentKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        for (DocumentKind kind : values()) {
            if (kind.name().equals(text.strip())) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
