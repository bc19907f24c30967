package io.jingwu.api.fraud.lists.control;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number as a caller's display or a message shows it, normalised so that the list, the reports and the
 * police's own numbers agree on it: E.164 for a full number of any country, the bare digits for a Chinese short
 * service number (110, 96110, 95588, 12345).
 *
 * @param normalised      E.164 ({@code +8613800138000}, {@code +4420...}) or a short number's digits
 * @param countryCode     86 for Chinese numbers and short numbers
 * @param national        the national significant number ({@code 95588} of {@code +1 95588})
 * @param plusZeroZero    the display began with {@code +00}: no country has that code, so the display was forged
 */
public record CallerNumber(String normalised, int countryCode, String national, boolean plusZeroZero) {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int CHINA = 86;

    /** Short and service numbers of Chinese banks, carriers, hotlines and the police, which fraudsters imitate. */
    private static final Pattern SERVICE_NUMBER =
            Pattern.compile("110|119|120|122|96110|12110|123\\d\\d|1\\d{4}|95\\d{3,4}|400\\d{7}|800\\d{7}");
    private static final Pattern SHORT_NUMBER = Pattern.compile("110|119|120|122|96110|12110|1\\d{4}|95\\d{3,4}");

    /** Mobile ranges of the virtual operators (虚拟运营商), rented out with little checking. */
    private static final Pattern VIRTUAL_OPERATOR = Pattern.compile("1(70|71|62|65|67)\\d{8}");

    private static final int MAX_INPUT = 40;

    /** Empty when the text is not a phone number of any shape this recognises. */
    public static Optional<CallerNumber> parse(String text) {
        if (text == null || text.length() > MAX_INPUT) {
            return Optional.empty();
        }
        String compact = text.strip().replaceAll("[\\s\\-().]", "").replace('＋', '+');
        if (!compact.matches("\\+?\\d{3,20}")) {
            return Optional.empty();
        }
        boolean plusZeroZero = compact.startsWith("+00");
        String digits = plusZeroZero ? compact.substring(3) : compact;
        if (!digits.startsWith("+") && SHORT_NUMBER.matcher(digits).matches()) {
            return Optional.of(new CallerNumber(digits, CHINA, digits, plusZeroZero));
        }
        return full(digits).map(number -> new CallerNumber(number.normalised, number.countryCode, number.national,
                plusZeroZero));
    }

    private record Full(String normalised, int countryCode, String national) {
    }

    private static Optional<Full> full(String digits) {
        try {
            PhoneNumber number = UTIL.parse(digits, "CN");
            String national = UTIL.getNationalSignificantNumber(number);
            int countryCode = number.getCountryCode();
            if (countryCode == CHINA) {
                if (SHORT_NUMBER.matcher(national).matches()) {
                    return Optional.of(new Full(national, countryCode, national));
                }
                if (UTIL.isValidNumber(number) || SERVICE_NUMBER.matcher(national).matches()) {
                    return Optional.of(new Full(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164),
                            countryCode, national));
                }
                return Optional.empty();
            }
            // abroad: a forged display need not be a valid number there, only look like one
            boolean plausible = UTIL.isValidNumber(number) || national.length() >= 3 && national.length() <= 14;
            return plausible ? Optional.of(new Full("+" + countryCode + national, countryCode, national))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }

    public boolean abroad() {
        return countryCode != CHINA;
    }

    /** Looks like a Chinese service line (95xxx, 400, 110, 96110, 12345 ...), wherever it is dialled from. */
    public boolean looksLikeServiceLine() {
        return SERVICE_NUMBER.matcher(national).matches();
    }

    public boolean virtualOperator() {
        return countryCode == CHINA && VIRTUAL_OPERATOR.matcher(national).matches();
    }

    public boolean shortNumber() {
        return !normalised.startsWith("+");
    }
}
