package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.fraud.lists.entity.ListedValue;
import io.jingwu.api.platform.personal.Masking;

import java.util.Optional;

/** A value typed for the list, normalised as the checks normalise what citizens paste, and shown masked. */
public final class ListedValues {

    private ListedValues() {
    }

    /** Empty when the text has no shape of the kind. */
    public static Optional<ListedValue> of(ListKind kind, String text) {
        Optional<String> normalised = switch (kind) {
            case PHONE -> CallerNumber.parse(text).map(CallerNumber::normalised);
            case DOMAIN -> LinkValues.domain(text);
            case URL -> LinkValues.url(text);
            default -> AccountNumbers.normalise(kind, text);
        };
        return normalised.map(value -> new ListedValue(kind, value));
    }

    /** As a list shows it to staff: phones and accounts masked, the rest as it is. */
    public static String masked(ListedValue value) {
        return switch (value.kind()) {
            case PHONE -> Masking.phone(value.normalised());
            case BANK_CARD -> Masking.cardNumber(value.normalised());
            case ALIPAY, WECHAT, QQ -> value.normalised().startsWith("+") ? Masking.phone(value.normalised())
                    : Masking.account(value.normalised());
            case DOMAIN, URL, APP -> value.normalised();
        };
    }
}
