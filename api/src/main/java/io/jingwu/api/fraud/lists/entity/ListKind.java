package io.jingwu.api.fraud.lists.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a list entry or a reported value is. Phones and accounts are personal data: shown masked, revealed only with
 * an audited read. Domains, links and app names are not.
 */
public enum ListKind {
    PHONE(true), DOMAIN(false), URL(false), BANK_CARD(true), ALIPAY(true), WECHAT(true), QQ(true), APP(false);

    private final boolean personal;

    ListKind(boolean personal) {
        this.personal = personal;
    }

    public boolean personal() {
        return personal;
    }

    /** {@code bank-card}, {@code BANK_CARD} or {@code Bank_Card}; empty for anything else. */
    public static Optional<ListKind> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String name = text.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    /** As the API and CSV files write it: {@code bank-card}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
