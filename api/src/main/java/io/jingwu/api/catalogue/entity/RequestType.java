package io.jingwu.api.catalogue.entity;

/** What a citizen asks for; the service catalogue refines it by category. */
public enum RequestType {
    IDENTITY_EXCEPTION,
    DOCUMENT_REISSUE,
    DISPUTE,
    INCIDENT,
    FRAUD_REPORT,
    CONSULTATION;

    public static boolean isKnown(String name) {
        for (RequestType type : values()) {
            if (type.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
