package io.jingwu.portal.fraud.boundary;

import io.jingwu.api.fraud.checks.boundary.CheckInput;
import io.jingwu.api.fraud.checks.boundary.FraudChecks.CheckType;
import io.jingwu.api.fraud.lists.entity.ListKind;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What the check page collects, and the one input it makes of it. Each kind of check keeps its own inputs, so a
 * citizen who switches from a message to its phone number finds the message still there when switching back; only
 * what the chosen kind needs is sent.
 */
public class CheckEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of account the page offers, as the API names them ({@code bank-card}, ...). */
    public static final List<String> ACCOUNT_KINDS = List.of(ListKind.BANK_CARD, ListKind.ALIPAY, ListKind.WECHAT,
            ListKind.QQ, ListKind.APP).stream().map(ListKind::code).toList();

    private static final String NOT_A_PHONE = "fraud-check-not-a-phone";
    private static final String ACCOUNT_KIND_UNKNOWN = "fraud-check-account-kind-unknown";

    /** A message is what most citizens bring: the page opens on it. */
    private CheckType type = CheckType.TEXT;
    private String text;
    private String phone;
    private String link;
    private String account;
    private String accountKind;
    private String officerName;
    private String officerUnit;
    private String officerBadge;
    private String officerPhone;
    private String officerSaid;

    public CheckInput input(String lang) {
        if (type == null) {
            return new CheckInput(null, null, null, lang);
        }
        String apiType = type.name().toLowerCase(Locale.ROOT);
        return switch (type) {
            case TEXT -> new CheckInput(apiType, text, null, lang);
            case PHONE -> new CheckInput(apiType, phone, null, lang);
            case URL -> new CheckInput(apiType, link, null, lang);
            case ACCOUNT -> new CheckInput(apiType, account, given(Map.of("kind", nullToEmpty(accountKind))), lang);
            case OFFICER -> new CheckInput(apiType, null, officerFields(), lang);
        };
    }

    /**
     * The API field whose input shows a refusal of the value itself ({@code problem.<type>}): a caller's number is
     * the officer's phone field, an unknown kind of account is the kind's.
     */
    public String fieldRefused(String refusalType) {
        if (type == CheckType.OFFICER && NOT_A_PHONE.equals(refusalType)) {
            return "fields.phone";
        }
        return ACCOUNT_KIND_UNKNOWN.equals(refusalType) ? "fields.kind" : "value";
    }

    /** What the caller claimed, as the API names it, in the order the page asks. */
    private Map<String, String> officerFields() {
        Map<String, String> claimed = new LinkedHashMap<>();
        claimed.put("name", nullToEmpty(officerName));
        claimed.put("unit", nullToEmpty(officerUnit));
        claimed.put("badge", nullToEmpty(officerBadge));
        claimed.put("phone", nullToEmpty(officerPhone));
        claimed.put("said", nullToEmpty(officerSaid));
        return given(claimed);
    }

    /** An empty input is no field; what is given goes as typed, apart from the spaces around it. */
    private static Map<String, String> given(Map<String, String> fields) {
        Map<String, String> given = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (!value.isBlank()) {
                given.put(name, value.strip());
            }
        });
        return given;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    public CheckType getType() {
        return type;
    }

    public void setType(CheckType type) {
        this.type = type;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getLink() {
        return link;
    }

    public void setLink(String link) {
        this.link = link;
    }

    public String getAccount() {
        return account;
    }

    public void setAccount(String account) {
        this.account = account;
    }

    public String getAccountKind() {
        return accountKind;
    }

    public void setAccountKind(String accountKind) {
        this.accountKind = accountKind;
    }

    public String getOfficerName() {
        return officerName;
    }

    public void setOfficerName(String officerName) {
        this.officerName = officerName;
    }

    public String getOfficerUnit() {
        return officerUnit;
    }

    public void setOfficerUnit(String officerUnit) {
        this.officerUnit = officerUnit;
    }

    public String getOfficerBadge() {
        return officerBadge;
    }

    public void setOfficerBadge(String officerBadge) {
        this.officerBadge = officerBadge;
    }

    public String getOfficerPhone() {
        return officerPhone;
    }

    public void setOfficerPhone(String officerPhone) {
        this.officerPhone = officerPhone;
    }

    public String getOfficerSaid() {
        return officerSaid;
    }

    public void setOfficerSaid(String officerSaid) {
        this.officerSaid = officerSaid;
    }
}
