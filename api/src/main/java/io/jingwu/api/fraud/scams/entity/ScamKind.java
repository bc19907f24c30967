package io.jingwu.api.fraud.scams.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of scam the anti-fraud check tells apart, after the Ministry of Public Security's usual grouping. The
 * names are stable: they label the training corpus; {@link #choiceValue()} is the value of the service catalogue's
 * scam-kind choice.
 */
public enum ScamKind {
    /** 冒充公检法: police, procuratorate, court, or social security, tax and telecom officials. */
    IMPERSONATING_OFFICIALS,
    /** 冒充客服: refunds, compensation, cancelling a subscription or "百万保障", raising a limit. */
    FAKE_CUSTOMER_SERVICE,
    /** 贷款、代办信用卡: loans and credit that first want a fee, a deposit or "unfreezing". */
    LOAN_CREDIT,
    /** 冒充领导、熟人: a boss, teacher, classmate or relative on a new account who needs money sent. */
    IMPERSONATING_ACQUAINTANCE,
    /** 刷单返利: paid clicks, likes and orders that need money advanced. */
    BRUSHING_JOBS,
    /** 杀猪盘、虚假投资: romance or tips leading to a platform that never pays out. */
    INVESTMENT_ROMANCE,
    /** 亲人出事: a child or grandchild in an accident, in hospital, arrested or kidnapped. */
    FAKE_RELATIVE,
    /** 游戏交易: game accounts, skins and top-ups, "free skins" for children. */
    GAME_TRADING,
    /** Any other scam, and a scam whose kind is unclear. */
    OTHER_SCAM;

    /** The kebab-case value of the catalogue's choice: {@code impersonating-officials}, ... */
    public String choiceValue() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<ScamKind> ofChoiceValue(String value) {
        return Arrays.stream(values()).filter(kind -> kind.choiceValue().equals(value)).findFirst();
    }
}
