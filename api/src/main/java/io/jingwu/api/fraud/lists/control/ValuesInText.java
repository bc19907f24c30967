package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.fraud.lists.entity.ListKind;
import io.jingwu.api.fraud.lists.entity.ListedValue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone numbers and accounts in a message, a chat or a victim's account: what a fraudster asks to be called on
 * or paid into. Links are found by the link inspector. Reads a number as a phone only where it cannot be an amount
 * or a date, and a digit run as a card only when its check digit holds, so that ordinary figures are left alone.
 */
public final class ValuesInText {

    private static final int MAX_VALUES = 20;

    /** Digit runs with the separators people type inside numbers; a leading + for an international number. */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<!\\d|\\d[.,])(\\+?\\d[\\d \\-]{1,22}\\d)(?!\\d|[.,]\\d|\\s*[元块万千百亿%])");
    /** Service numbers worth a check in a text: the banks' 95, the 400/800 lines, 96110; not 110 or 12345, which advice quotes. */
    private static final Pattern TEXT_SERVICE_NUMBER = Pattern.compile("95\\d{3,4}|96110|[48]00\\d{7}");
    private static final Pattern QQ = Pattern.compile("(?i)(?:qq|扣扣|企鹅)号?\\s*[:：]?\\s*([1-9]\\d{4,10})(?!\\d)");
    private static final Pattern WECHAT = Pattern.compile(
            "(?i)(?:微信|薇信|威信|v信|vx|wx|weixin|wechat)号?\\s*[:：]?\\s*([a-z][-_a-z0-9]{5,19})(?![-_a-z0-9])");
    private static final Pattern ALIPAY = Pattern.compile(
            "(?i)(?:支付宝|alipay)(?:账号|账户|帐号)?\\s*[:：]?\\s*([a-z0-9._%+-]{1,64}@[a-z0-9-]+(?:\\.[a-z0-9-]+)+|\\+?\\d[\\d \\-]{9,16}\\d)");

    /** A value found in the text, as it was written there and as the list compares it. */
    public record Found(String written, ListedValue value) {
    }

    private ValuesInText() {
    }

    /** In the order they appear, each value once, at most {@value #MAX_VALUES}. */
    public static List<Found> in(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFKC);
        Set<ListedValue> seen = new LinkedHashSet<>();
        List<Found> found = new ArrayList<>();
        accounts(normalised, QQ, ListKind.QQ, seen, found);
        accounts(normalised, WECHAT, ListKind.WECHAT, seen, found);
        accounts(normalised, ALIPAY, ListKind.ALIPAY, seen, found);
        Matcher run = DIGIT_RUN.matcher(normalised);
        while (run.find() && found.size() < MAX_VALUES) {
            String written = run.group(1).strip();
            String digits = written.replaceAll("[ \\-]", "");
            if (digits.length() >= 16 && digits.length() <= 19 && !digits.startsWith("+")
                    && AccountNumbers.luhnValid(digits)) {
                add(new Found(written, new ListedValue(ListKind.BANK_CARD, digits)), seen, found);
            } else {
                CallerNumber.parse(written).filter(ValuesInText::worthChecking)
                        .ifPresent(number -> add(new Found(written, new ListedValue(ListKind.PHONE, number.normalised())),
                                seen, found));
            }
        }
        return found;
    }

    private static boolean worthChecking(CallerNumber number) {
        return !number.shortNumber() || TEXT_SERVICE_NUMBER.matcher(number.national()).matches() || number.plusZeroZero();
    }

    private static void accounts(String text, Pattern pattern, ListKind kind, Set<ListedValue> seen, List<Found> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find() && found.size() < MAX_VALUES) {
            String written = matcher.group(1);
            AccountNumbers.normalise(kind, written)
                    .ifPresent(value -> add(new Found(written, new ListedValue(kind, value)), seen, found));
        }
    }

    private static void add(Found value, Set<ListedValue> seen, List<Found> found) {
        if (seen.add(value.value())) {
            found.add(value);
        }
    }
}
