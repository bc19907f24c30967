package io.jingwu.api.platform.personal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

import java.util.Optional;

/** Contact phones as citizens type them ({@code 138 0013 8000}, {@code +86-138...}, a landline with area code). */
public final class PhoneNumbers {

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final String HOME_REGION = "CN";

    private PhoneNumbers() {
    }

    /** The number in E.164 ({@code +8613800138000}) when it is a valid number; numbers without a country code are Chinese. */
    public static Optional<String> normalise(String text) {
        if (text == null || text.isBlank() || text.length() > 32) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(text, HOME_REGION);
            return UTIL.isValidNumber(number)
                    ? Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException e) {
            return Optional.empty();
        }
    }
}
