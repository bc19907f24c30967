package io.jingwu.api.fraud.checks.entity;

/** What to do now, worded under {@code fraud.advice.<name in kebab case>}; answered in this order. */
public enum Advice {
    STOP_NOW,
    DO_NOT_TRANSFER,
    CALL_BANK_TO_STOP_PAYMENT,
    HANG_UP_AND_CALL_BACK_OFFICIAL,
    CALL_THE_PERSON_ON_A_KNOWN_NUMBER,
    POLICE_NEVER_ASK_FOR_MONEY,
    NEVER_SHARE_CODES_OR_SCREEN,
    DO_NOT_OPEN_LINK,
    CALL_96110,
    REPORT_IT,
    STAY_ALERT;

    public String key() {
        return "fraud.advice." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
