package io.jingwu.portal.identity.boundary;

/**
 * The documents the verification page offers, and what each needs besides itself: a resident card and a foreigner's
 * card carry the birth date in their number but not the name; a travel permit's number carries neither; a passport
 * (typed or its machine-readable zone) carries both.
 */
public enum DocumentChoice {
    RESIDENT_ID(true, false),
    PASSPORT(false, false),
    FOREIGNER_PERMANENT_RESIDENCE_ID(true, false),
    HMT_PERMIT(true, true);

    private final boolean needsName;
    private final boolean needsBirthDate;

    DocumentChoice(boolean needsName, boolean needsBirthDate) {
        this.needsName = needsName;
        this.needsBirthDate = needsBirthDate;
    }

    public boolean needsName() {
        return needsName;
    }

    public boolean needsBirthDate() {
        return needsBirthDate;
    }
}
