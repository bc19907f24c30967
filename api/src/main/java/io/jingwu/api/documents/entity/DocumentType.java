package io.jingwu.api.documents.entity;

/** The document as recognised from its number or zone, more precise than the {@link DocumentKind} asked for. */
public enum DocumentType {
    RESIDENT_ID,
    /** 港澳台居民居住证: a resident identity number under 810000, 820000 or 830000. */
    HMT_RESIDENCE_PERMIT,
    TD1,
    TD2,
    TD3,
    MRV_A,
    MRV_B,
    /** A passport given as typed fields. */
    PASSPORT,
    FOREIGNER_PERMANENT_RESIDENCE_ID_2017,
    FOREIGNER_PERMANENT_RESIDENCE_ID_2023,
    /** 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) and digits. */
    HK_MACAO_TRAVEL_PERMIT,
    /** 台湾居民来往大陆通行证. */
    TAIWAN_TRAVEL_PERMIT;

    /** Issued by China (no foreign issuing state): resident numbers, residence permits and travel permits. */
    public boolean chinese() {
        return switch (this) {
            case RESIDENT_ID, HMT_RESIDENCE_PERMIT, HK_MACAO_TRAVEL_PERMIT, TAIWAN_TRAVEL_PERMIT -> true;
            default -> false;
        };
    }
}
