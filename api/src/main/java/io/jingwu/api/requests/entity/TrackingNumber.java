package io.jingwu.api.requests.entity;

import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The number a citizen quotes to follow a request: 11 random symbols of Crockford's base 32 (55 bits, so it
 * cannot be guessed) and a Luhn mod 32 check symbol that catches any single misread symbol and most swaps of
 * neighbours. Shown as {@code 7K3M-9QXD-2HFA}; read back leniently (any case, dashes or spaces, O for 0,
 * I or L for 1), as people type what they heard on the phone.
 */
public record TrackingNumber(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_SYMBOLS = 11;
    public static final int LENGTH = RANDOM_SYMBOLS + 1;

    public TrackingNumber {
        if (value == null || value.length() != LENGTH || !checks(value)) {
            throw new IllegalArgumentException("Not a tracking number: " + value);
        }
    }

    public static TrackingNumber random(RandomGenerator random) {
        StringBuilder symbols = new StringBuilder(LENGTH);
        for (int i = 0; i < RANDOM_SYMBOLS; i++) {
            symbols.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return new TrackingNumber(symbols.append(checkSymbol(symbols)).toString());
    }

    /** Empty when the text is not a tracking number, or its check symbol does not match. */
    public static Optional<TrackingNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        StringBuilder canonical = new StringBuilder(LENGTH);
        for (char c : text.strip().toUpperCase().toCharArray()) {
            switch (c) {
                case '-', ' ' -> { }
                case 'O' -> canonical.append('0');
                case 'I', 'L' -> canonical.append('1');
                default -> canonical.append(c);
            }
        }
        String value = canonical.toString();
        return value.length() == LENGTH && checks(value) ? Optional.of(new TrackingNumber(value)) : Optional.empty();
    }

    /** Grouped by four for reading aloud. */
    public String formatted() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    @Override
    public String toString() {
        return formatted();
    }

    static char checkSymbol(CharSequence symbols) {
        int n = ALPHABET.length();
        int sum = 0;
        int factor = 2;
        for (int i = symbols.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(symbols.charAt(i));
            sum += addend / n + addend % n;
            factor = factor == 2 ? 1 : 2;
        }
        return ALPHABET.charAt((n - sum % n) % n);
    }

    private static boolean checks(String value) {
        int n = ALPHABET.length();
        int sum = 0;
        int factor = 1;
        for (int i = value.length() - 1; i >= 0; i--) {
            int digit = ALPHABET.indexOf(value.charAt(i));
            if (digit < 0) {
                return false;
            }
            int addend = factor * digit;
            sum += addend / n + addend % n;
            factor = factor == 2 ? 1 : 2;
        }
        return sum % n == 0;
    }
}
