package io.jingwu.api.staff.control;

import io.jingwu.api.platform.problems.FieldError;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a staff password must be: long rather than complicated (12 to 128 characters, as NIST SP 800-63B
 * advises), not built on the user name, and not one character repeated. Also makes passwords that pass it.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final int MIN_DISTINCT = 6;

    /** Letters and digits that cannot be mistaken for one another when read from a log. */
    private static final String READABLE = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int GENERATED_LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordPolicy() {
    }

    /** Every rule the password breaks, against {@code field}; empty when it is acceptable. */
    public static List<FieldError> check(String field, String password, String username) {
        List<FieldError> errors = new ArrayList<>();
        if (password == null || password.isEmpty()) {
            errors.add(FieldError.of(field, "staff.password.required"));
            return errors;
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            errors.add(FieldError.of(field, "staff.password.length", MIN_LENGTH, MAX_LENGTH));
        }
        if (password.codePoints().distinct().count() < MIN_DISTINCT) {
            errors.add(FieldError.of(field, "staff.password.repetitive", MIN_DISTINCT));
        }
        if (username != null && username.length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            errors.add(FieldError.of(field, "staff.password.containsUsername"));
        }
        return errors;
    }

    /** A random password of 20 readable characters (about 116 bits), which passes the policy for this user. */
    public static String generate(String username) {
        while (true) {
            StringBuilder password = new StringBuilder(GENERATED_LENGTH);
            for (int i = 0; i < GENERATED_LENGTH; i++) {
                password.append(READABLE.charAt(RANDOM.nextInt(READABLE.length())));
            }
            if (check("password", password.toString(), username).isEmpty()) {
                return password.toString();
            }
        }
    }
}
