package io.jingwu.api.platform.personal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal data as it is shown wherever the full value is not needed: enough to recognise one's own data or
 * tell two people apart, too little to contact or identify anyone. Counts characters as people do (𠮷 is one,
 * never split into halves). {@code null} stays {@code null}.
 */
public final class Masking {

    private static final String MASK = "*";
    /** Where even the length would say too much (the street part of an address). */
    private static final String HIDDEN = "****";
    private static final String CHINA_CODE = "86";

    /**
     * Leading administrative divisions of a Chinese address (浙江省湖州市吴兴区织里镇), as far as they go: names ending
     * in a division suffix. Not 社区, 小区 or 超市, which are places, and not a bare 州 (湖州 is followed by 市 anyway;
     * official prefecture names end in 自治州). When unsure it keeps less, never more.
     */
    private static final Pattern DIVISIONS = Pattern.compile("^(?:\\p{IsHan}{1,10}?"
            + "(?:特别行政区|自治区|自治州|自治县|自治旗|地区|街道|省|(?<![超菜夜集门街])市|(?<![社小校景园厂街片营])区|县|旗|盟|镇|乡))+");

    private Masking() {
    }

    /**
     * A phone number: the national number with the first 3 and last 4 digits kept ({@code 138****5678}); a
     * Chinese number without {@code +86}, other countries with their code ({@code +44 791****0123}).
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String compact = phone.replaceAll("[^0-9+]", "");
        String prefix = "";
        String national = compact.replace("+", "");
        if (compact.startsWith("+" + CHINA_CODE)) {
            national = compact.substring(1 + CHINA_CODE.length());
        } else if (compact.startsWith("+")) {
            try {
                PhoneNumber parsed = PhoneNumberUtil.getInstance().parse(compact, "ZZ");
                prefix = "+" + parsed.getCountryCode() + " ";
                national = PhoneNumberUtil.getInstance().getNationalSignificantNumber(parsed);
            } catch (NumberParseException e) {
                // not a number libphonenumber knows: mask all digits alike
            }
        }
        return prefix + keepEnds(national, 3, 4);
    }

    /**
     * A person's name, word by word: Chinese, Japanese and Korean names keep their first and last character
     * ({@code 王*明}; two characters keep the first: {@code 王*}); names in Latin and other scripts keep each word's
     * initial ({@code A*** S****}). Spaces and middle dots (阿卜杜·艾买提) stay.
     */
    public static String name(String name) {
        if (name == null) {
            return null;
        }
        StringBuilder masked = new StringBuilder();
        StringBuilder word = new StringBuilder();
        name.strip().codePoints().forEach(c -> {
            if (isNameSeparator(c)) {
                masked.append(maskWord(word.toString())).appendCodePoint(c);
                word.setLength(0);
            } else {
                word.appendCodePoint(c);
            }
        });
        return masked.append(maskWord(word.toString())).toString();
    }

    /** An ID card or passport number: the first 3 and last 4 characters kept ({@code 330***********1234}). */
    public static String idNumber(String number) {
        return number == null ? null : keepEnds(number.strip(), 3, 4);
    }

    /** A bank card: its issuer's six digits and the last four stay, as card receipts print it ({@code 622202******1234}). */
    public static String cardNumber(String digits) {
        return digits == null ? null : keepEnds(digits.strip(), 6, 4);
    }

    /** An account name or number (QQ, WeChat, an e-mail address): the first two and last two characters stay. */
    public static String account(String account) {
        return account == null ? null : keepEnds(account.strip(), 2, 2);
    }

    /**
     * An address: the administrative divisions it begins with stay (浙江省湖州市吴兴区织里镇), the street, house and
     * anything more precise become {@code ****}. An address in the Western order keeps what follows its first
     * comma ({@code ****, Marylebone, London}); with no recognisable division it is hidden entirely.
     */
    public static String address(String address) {
        if (address == null) {
            return null;
        }
        String text = address.strip();
        if (text.isEmpty()) {
            return text;
        }
        Matcher divisions = DIVISIONS.matcher(text);
        if (divisions.find()) {
            String kept = divisions.group();
            return kept.length() == text.length() ? kept : kept + HIDDEN;
        }
        int comma = text.indexOf(',');
        if (comma > 0 && comma < text.length() - 1) {
            return HIDDEN + text.substring(comma);
        }
        return HIDDEN;
    }

    private static String maskWord(String word) {
        int[] chars = word.codePoints().toArray();
        if (chars.length == 0) {
            return "";
        }
        if (isEastAsian(chars[0])) {
            return switch (chars.length) {
                case 1 -> MASK;
                case 2 -> Character.toString(chars[0]) + MASK;
                default -> Character.toString(chars[0]) + MASK.repeat(chars.length - 2)
                        + Character.toString(chars[chars.length - 1]);
            };
        }
        return Character.toString(chars[0]) + MASK.repeat(chars.length - 1);
    }

    /** Keeps {@code head} leading and {@code tail} trailing characters; shorter values keep only the last 2, or nothing. */
    private static String keepEnds(String value, int head, int tail) {
        int[] chars = value.codePoints().toArray();
        int n = chars.length;
        if (n >= head + tail + 1) {
            return new String(chars, 0, head) + MASK.repeat(n - head - tail) + new String(chars, n - tail, tail);
        }
        if (n >= 5) {
            return MASK.repeat(n - 2) + new String(chars, n - 2, 2);
        }
        return MASK.repeat(n);
    }

    private static boolean isNameSeparator(int c) {
        return Character.isWhitespace(c) || c == '·' || c == '•' || c == '・' || c == '\u2027';
    }

    private static boolean isEastAsian(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }
}
