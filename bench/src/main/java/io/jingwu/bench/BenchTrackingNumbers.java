package io.jingwu.bench;

import io.jingwu.api.requests.entity.TrackingNumber;

/**
 * Valid tracking numbers computed in SQL for seeded rows: six fixed symbols that mark a seeder's rows, then five that
 * count (a row number {@code n} below 2^25), then the check symbol as {@link TrackingNumber} computes it (Luhn mod
 * 32): from the right, every other symbol counts twice, and a doubled value v >= 32 counts as v / 32 + v % 32 = v - 31.
 * The prefix's share of the sum is a constant.
 */
final class BenchTrackingNumbers {

    /** Crockford's base 32, as {@link TrackingNumber}. */
    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    /** The row numbers the five counted symbols can tell apart. */
    static final long MAX_ROWS = 1L << 25;

    private BenchTrackingNumbers() {
    }

    /** The tracking number of row {@code column} (an SQL expression of a non-negative integer below MAX_ROWS). */
    static String expression(String prefix, String column) {
        if (prefix.length() != 6 || !prefix.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("A prefix of six symbols of the alphabet, not " + prefix);
        }
        StringBuilder sql = new StringBuilder("CONCAT('" + prefix + "'");
        for (int digit = 4; digit >= 0; digit--) {
            sql.append(", SUBSTRING('").append(ALPHABET).append("', ").append(digit(column, digit)).append(" + 1, 1)");
        }
        StringBuilder sum = new StringBuilder(Integer.toString(prefixShare(prefix)));
        for (int digit = 0; digit <= 4; digit++) {
            String d = digit(column, digit);
            sum.append(digit % 2 == 0 ? " + 2 * " + d + " - 31 * (" + d + " >= 16)" : " + " + d);
        }
        return sql.append(", SUBSTRING('").append(ALPHABET).append("', MOD(32 - MOD(").append(sum)
                .append(", 32), 32) + 1, 1))").toString();
    }

    private static String digit(String column, int digit) {
        return "((" + column + " >> " + 5 * digit + ") & 31)";
    }

    /** The prefix symbols' share of the check sum: positions 10 to 5 from the right, doubled at even positions. */
    private static int prefixShare(String prefix) {
        int sum = 0;
        for (int i = 0; i < prefix.length(); i++) {
            int fromRight = 10 - i;
            int addend = (fromRight % 2 == 0 ? 2 : 1) * ALPHABET.indexOf(prefix.charAt(i));
            sum += addend / 32 + addend % 32;
        }
        return sum;
    }
}
