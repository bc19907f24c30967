package io.jingwu.api.catalogue.entity;

/** What kind of answer a field takes, which decides how it is checked and normalised. */
public enum DataType {
    /** One line of text. */
    TEXT,
    /** Several lines of text. */
    LONG_TEXT,
    /** A whole number: a count, months, an age. */
    NUMBER,
    /** An amount in yuan with at most two decimals. */
    MONEY,
    DATE,
    /** A date and time, in China's time unless it names its offset. */
    DATETIME,
    PHONE,
    /** A citizen identity number (GB 11643), 18 characters or the old 15 digits. */
    ID_NUMBER,
    /** One of the field's allowed values. */
    CHOICE,
    /** Any number of the field's allowed values, each at most once. */
    MULTI_CHOICE,
    BOOLEAN;

    public boolean hasChoices() {
        return this == CHOICE || this == MULTI_CHOICE;
    }

    public boolean isText() {
        return this == TEXT || this == LONG_TEXT;
    }

    public boolean isNumeric() {
        return this == NUMBER || this == MONEY;
    }

    public boolean isTemporal() {
        return this == DATE || this == DATETIME;
    }

    /** The most characters a text holds when its field sets no limit of its own. */
    public int defaultMaxLength() {
        return this == LONG_TEXT ? 2000 : 200;
    }

    /** The most characters a field of this type may allow: a line can hold a long link, but stays a line. */
    public int maxLengthCeiling() {
        return this == LONG_TEXT ? 2000 : 500;
    }
}
