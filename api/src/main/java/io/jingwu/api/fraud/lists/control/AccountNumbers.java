package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.fraud.lists.entity.ListKind;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shapes of the accounts money is sent to, and each one's normalised form, so that a card typed with spaces
 * and the same card in a report or on the list are one value.
 */
public final class AccountNumbers {

    private static final Pattern CARD = Pattern.compile("\\d{12,19}");
    private static final Pattern QQ = Pattern.compile("[1-9]\\d{4,10}");
    /** WeChat ids: 6-20 letters, digits, underscores and hyphens, starting with a letter. */
    private static final Pattern WECHAT_ID = Pattern.compile("[a-z][-_a-z0-9]{5,19}");
    private static final Pattern EMAIL = Pattern.compile("[a-z0-9._%+-]{1,64}@[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final int APP_NAME_MAX = 60;

    private AccountNumbers() {
    }

    /** The normalised account of that kind, or empty when the text has no shape of that kind. */
    public static Optional<String> normalise(ListKind kind, String text) {
        if (text == null || text.isBlank() || text.length() > 100) {
            return Optional.empty();
        }
        String compact = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        return switch (kind) {
            case BANK_CARD -> matching(CARD, compact.replaceAll("[\\s-]", ""));
            case QQ -> matching(QQ, compact);
            case WECHAT -> matching(WECHAT_ID, compact.toLowerCase(Locale.ROOT)).or(() -> phone(compact));
            case ALIPAY -> matching(EMAIL, compact.toLowerCase(Locale.ROOT)).or(() -> phone(compact));
            case APP -> appName(compact);
            default -> throw new IllegalArgumentException(kind + " is not an account");
        };
    }

    /**
     * The kind a bare account most likely is, for a pasted account with no kind given: a card's length and check
     * digit, a QQ number's length, a WeChat id's letters, an e-mail address for Alipay.
     */
    public static Optional<ListKind> guessKind(String text) {
        for (ListKind kind : new ListKind[] {ListKind.BANK_CARD, ListKind.QQ, ListKind.ALIPAY, ListKind.WECHAT}) {
            Optional<String> normalised = normalise(kind, text);
            if (normalised.isPresent() && (kind != ListKind.BANK_CARD || luhnValid(normalised.get()))) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /** The Luhn check digit holds; most bank cards keep it (a few old Chinese debit cards do not). */
    public static boolean luhnValid(String digits) {
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    private static Optional<String> matching(Pattern pattern, String text) {
        return pattern.matcher(text).matches() ? Optional.of(text) : Optional.empty();
    }

    private static Optional<String> phone(String text) {
        return CallerNumber.parse(text).filter(number -> !number.shortNumber()).map(CallerNumber::normalised);
    }

    /** An app's name without case, width or spacing differences: {@code 安全 防护} and {@code 安全防护} are one. */
    private static Optional<String> appName(String text) {
        String name = text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        return name.isEmpty() || name.codePointCount(0, name.length()) > APP_NAME_MAX
                ? Optional.empty() : Optional.of(name);
    }
}
