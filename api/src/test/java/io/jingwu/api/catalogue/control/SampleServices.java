package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.entity.ChoiceText;
import io.jingwu.api.catalogue.entity.DataType;
import io.jingwu.api.catalogue.entity.FieldChoice;
import io.jingwu.api.catalogue.entity.FieldLimits;
import io.jingwu.api.catalogue.entity.FieldText;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.catalogue.entity.ServiceField;
import io.jingwu.api.catalogue.entity.ServiceText;
import io.jingwu.api.units.entity.UnitKind;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Service definitions as the reference data has them, built in memory for tests. */
public final class SampleServices {

    public static final Instant DEFINED = Instant.parse("2026-11-01T00:00:00Z");

    private SampleServices() {
    }

    public static ServiceDefinition unpaidWages() {
        return service(RequestType.DISPUTE, "unpaid-wages", Priority.NORMAL, "拖欠工资", "Unpaid wages",
                field("employerName", DataType.TEXT, true, FieldLimits.length(null, 100), "用人单位或老板", "Employer"),
                field("amountOwed", DataType.MONEY, true, FieldLimits.range("1", "100000000"), "拖欠金额（元）", "Amount owed (yuan)"),
                field("monthsOwed", DataType.NUMBER, true, FieldLimits.range("1", "120"), "拖欠月数", "Months unpaid"),
                field("workersAffected", DataType.NUMBER, false, FieldLimits.range("1", "10000"), "涉及人数", "Workers affected"),
                field("hasContract", DataType.BOOLEAN, false, null, "是否签订劳动合同", "Did you sign an employment contract?"));
    }

    public static ServiceDefinition idCard() {
        return service(RequestType.DOCUMENT_REISSUE, "id-card", Priority.NORMAL, "补领身份证", "Reissue an ID card",
                field("idNumber", DataType.ID_NUMBER, true, null, "公民身份号码", "Citizen ID number"),
                field("whereLost", DataType.TEXT, false, FieldLimits.length(null, 200), "遗失地点", "Where it was lost"),
                field("lostOn", DataType.DATE, false, FieldLimits.range("-P10Y", "P0D"), "遗失日期", "Lost on"),
                field("needTemporaryId", DataType.BOOLEAN, true, null, "是否需要临时身份证", "Do you need a temporary ID card?"));
    }

    public static ServiceDefinition moneyLost() {
        return service(RequestType.FRAUD_REPORT, "money-lost", Priority.URGENT, "被骗钱款", "Money lost to fraud",
                field("amount", DataType.MONEY, true, FieldLimits.range("0.01", "100000000"), "被骗金额（元）", "Amount lost (yuan)"),
                field("transferredAt", DataType.DATETIME, true, FieldLimits.range("-P1Y", "P0D"), "转账时间", "Time of the transfer"),
                field("receivingAccount", DataType.TEXT, true, FieldLimits.length(null, 64), "对方收款账号", "Account the money went to"),
                choiceField("channel", DataType.CHOICE, true, "联系方式", "How they contacted you",
                        choice("phone", "电话", "Phone call"), choice("sms", "短信", "Text message (SMS)"),
                        choice("app", "手机应用", "Mobile app"), choice("social-media", "社交媒体", "Social media"),
                        choice("website", "网站", "Website")));
    }

    /** Every data type once, with limits where the type takes them. */
    public static ServiceDefinition everyType() {
        return service(RequestType.CONSULTATION, "every-type", Priority.NORMAL, "全部类型", "Every type",
                field("text", DataType.TEXT, false, FieldLimits.length(2, 10), "文字", "Text"),
                field("longText", DataType.LONG_TEXT, false, null, "长文字", "Long text"),
                field("number", DataType.NUMBER, false, FieldLimits.range("0", "120"), "数字", "Number"),
                field("money", DataType.MONEY, false, FieldLimits.range("0.01", null), "金额", "Money"),
                field("date", DataType.DATE, false, FieldLimits.range("2020-01-01", "P0D"), "日期", "Date"),
                field("dateTime", DataType.DATETIME, false, FieldLimits.range(null, "P0D"), "时间", "Date and time"),
                field("phone", DataType.PHONE, false, null, "电话", "Phone"),
                field("idNumber", DataType.ID_NUMBER, false, null, "身份号码", "ID number"),
                choiceField("choice", DataType.CHOICE, false, "单选", "Choice",
                        choice("phone", "电话", "Phone call"), choice("sms", "短信", "SMS"), choice("website", "网站", "Website")),
                choiceField("multi", DataType.MULTI_CHOICE, false, "多选", "Multiple choice",
                        choice("noise", "噪音", "Noise"), choice("smoke", "油烟", "Smoke"), choice("other", "其他", "Other")),
                field("yes", DataType.BOOLEAN, false, null, "是否", "Yes or no"),
                field("country", DataType.TEXT, false,
                        new FieldLimits(null, null, null, null, "[A-Z]{3}", "answer.pattern.countryCode"), "国籍", "Nationality"));
    }

    /** Offered last among its type's services, as in the reference data. */
    public static ServiceDefinition general(RequestType type) {
        return ServiceDefinition.define(type, ServiceDefinition.GENERAL, Priority.NORMAL, true, 990, List.of(UnitKind.LIVELIHOOD_TEAM),
                List.of(new ServiceText("zh", "其他", null), new ServiceText("en", "Other", null)), List.of(), DEFINED);
    }

    public static ServiceDefinition service(RequestType type, String category, Priority priority, String zh, String en,
                                            ServiceField... fields) {
        return ServiceDefinition.define(type, category, priority, true, 10, List.of(UnitKind.LIVELIHOOD_TEAM),
                List.of(new ServiceText("zh", zh, zh + "说明"), new ServiceText("en", en, en + ", explained")),
                Arrays.asList(fields), DEFINED);
    }

    public static ServiceField field(String code, DataType type, boolean required, FieldLimits limits, String zh, String en) {
        return ServiceField.of(code, type, required, limits,
                List.of(new FieldText("zh", zh, zh + "帮助"), new FieldText("en", en, en + " help")), List.of());
    }

    public static ServiceField choiceField(String code, DataType type, boolean required, String zh, String en,
                                           FieldChoice... choices) {
        return ServiceField.of(code, type, required, null,
                List.of(new FieldText("zh", zh, null), new FieldText("en", en, null)), Arrays.asList(choices));
    }

    public static FieldChoice choice(String value, String zh, String en) {
        return FieldChoice.of(value, List.of(new ChoiceText("zh", zh), new ChoiceText("en", en)));
    }
}
