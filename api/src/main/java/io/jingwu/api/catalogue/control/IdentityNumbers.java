package io.jingwu.api.catalogue.control;

import io.jingwu.api.identity.documents.control.CheckDigits;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * Citizen identity numbers (公民身份号码, GB 11643-1999): 6 digits of the registering division, the birth date
 * (8 digits), a 3-digit sequence and a check character by ISO 7064 MOD 11-2 ({@code 0-9} or {@code X}). The
 * first-generation cards carried 15 digits (a 2-digit birth year of the 1900s, no check character); they are
 * still quoted and are read as the 18-character number they became. The residence permits of Hong Kong, Macau
 * and Taiwan residents (81, 82, 83) and the 2023 permanent residence card of foreigners (9 + province) share
 * the format and the check.
 * <p>
 * Checked: the shape, the province (the first two digits; the full division code is not, as numbers keep the
 * code of a division that has since been abolished), a real birth date from 1800 up to today, and the check
 * character. A lower-case {@code x} is read as {@code X}.
 */
public final class IdentityNumbers {

    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1800, 1, 1);

    /** GB/T 2260 provinces, plus the residence permits of Hong Kong (81), Macau (82) and Taiwan (71, 83) residents. */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    private IdentityNumbers() {
    }

    /** Why a number was refused, or that it was not. */
    public enum Outcome {
        VALID, MALFORMED, PROVINCE, BIRTH_DATE, CHECK_CHARACTER
    }

    /**
     * @param number the 18-character form (upper-case {@code X}) when valid, else null
     */
    public record Checked(Outcome outcome, String number) {
    }

    /**
     * @param today the latest possible birth date
     */
    public static Checked check(String text, LocalDate today) {
        String number = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
        if (number.matches("\\d{15}")) {
            return checkFirstGeneration(number, today);
        }
        if (!number.matches("\\d{17}[\\dX]")) {
            return refused(Outcome.MALFORMED);
        }
        if (!provinceKnown(number)) {
            return refused(Outcome.PROVINCE);
        }
        if (!plausibleBirthDate(number.substring(6, 14), today)) {
            return refused(Outcome.BIRTH_DATE);
        }
        if (checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
            return refused(Outcome.CHECK_CHARACTER);
        }
        return new Checked(Outcome.VALID, number);
    }

    /** The ISO 7064 MOD 11-2 check character of the first 17 digits. */
    static char checkCharacter(String first17) {
        return CheckDigits.mod11x2(first17);
    }

    private static Checked checkFirstGeneration(String number, LocalDate today) {
        if (!PROVINCES.contains(number.substring(0, 2))) {
            return refused(Outcome.PROVINCE);
        }
        String birth = "19" + number.substring(6, 12);
        if (!plausibleBirthDate(birth, today)) {
            return refused(Outcome.BIRTH_DATE);
        }
        String first17 = number.substring(0, 6) + birth + number.substring(12);
        return new Checked(Outcome.VALID, first17 + checkCharacter(first17));
    }

    /** A foreigner's 2023 permanent residence card starts with 9, then the province of first issue. */
    private static boolean provinceKnown(String number) {
        return number.charAt(0) == '9'
                ? PROVINCES.contains(number.substring(1, 3))
                : PROVINCES.contains(number.substring(0, 2));
    }

    private static boolean plausibleBirthDate(String yyyymmdd, LocalDate today) {
        try {
            LocalDate birth = LocalDate.of(Integer.parseInt(yyyymmdd.substring(0, 4)),
                    Integer.parseInt(yyyymmdd.substring(4, 6)), Integer.parseInt(yyyymmdd.substring(6, 8)));
            return !birth.isBefore(EARLIEST_BIRTH) && !birth.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Checked refused(Outcome outcome) {
        return new Checked(outcome, null);
    }
}
