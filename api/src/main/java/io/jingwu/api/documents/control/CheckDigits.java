package io.jingwu.api.documents.control;

/** The two check-digit schemes of the documents here: ICAO 9303's 7-3-1 and ISO 7064 MOD 11-2 (GB 11643). */
public final class CheckDigits {

    private static final int[] ICAO_WEIGHTS = {7, 3, 1};
    private static final int[] MOD_11_2_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String MOD_11_2_CHARACTERS = "10X98765432";

    private CheckDigits() {
    }

    /**
     * ICAO 9303 Part 3, 4.9: digits count as themselves, A-Z as 10-35, the filler {@code <} as 0, weighted 7, 3, 1
     * repeatedly; the check digit is the sum modulo 10. -1 when a character is none of these.
     */
    public static int icao(CharSequence characters) {
        int sum = 0;
        for (int i = 0; i < characters.length(); i++) {
            int value = icaoValue(characters.charAt(i));
            if (value < 0) {
                return -1;
            }
            sum += value * ICAO_WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    /** True when {@code check} is the digit {@link #icao} computes for {@code characters}. */
    public static boolean icaoMatches(CharSequence characters, char check) {
        int expected = icao(characters);
        return expected >= 0 && check == (char) ('0' + expected);
    }

    /** The ISO 7064 MOD 11-2 check character ({@code 0-9} or {@code X}) of 17 digits. */
    public static char mod11x2(CharSequence first17) {
        if (first17.length() != MOD_11_2_WEIGHTS.length) {
            throw new IllegalArgumentException("MOD 11-2 here takes 17 digits, not " + first17.length());
        }
        int sum = 0;
        for (int i = 0; i < MOD_11_2_WEIGHTS.length; i++) {
            char c = first17.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException("MOD 11-2 here takes digits only");
            }
            sum += (c - '0') * MOD_11_2_WEIGHTS[i];
        }
        return MOD_11_2_CHARACTERS.charAt(sum % 11);
    }

    private static int icaoValue(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }
}
