package io.jingwu.api.documents.control;

import io.jingwu.api.platform.time.Clocks;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Dates as documents write them. Two-digit years (ICAO 9303 zones, 15-digit resident numbers excepted): a birth
 * year after this year's two digits is of the last century (in 2026, 27-99 are 1927-1999 and 00-26 are
 * 2000-2026); an expiry year is always 20xx. Days are those of China, where the documents are checked.
 */
public final class DocumentDates {

    private DocumentDates() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), Clocks.CHINA);
    }

    /** The four-digit birth year of a two-digit one, as of {@code today}. */
    public static int birthYear(int twoDigits, LocalDate today) {
        int thisYear = today.getYear() % 100;
        int century = today.getYear() - thisYear;
        return twoDigits > thisYear ? century - 100 + twoDigits : century + twoDigits;
    }

    public static int expiryYear(int twoDigits) {
        return 2000 + twoDigits;
    }

    /** {@code YYMMDD} of a birth date; empty when not six digits or no real day. */
    public static Optional<LocalDate> birthDate(String yymmdd, LocalDate today) {
        if (!isDigits(yymmdd, 6)) {
            return Optional.empty();
        }
        return date(birthYear(Integer.parseInt(yymmdd.substring(0, 2)), today), yymmdd.substring(2));
    }

    /** {@code YYMMDD} of an expiry date (20YY); empty when not six digits or no real day. */
    public static Optional<LocalDate> expiryDate(String yymmdd) {
        if (!isDigits(yymmdd, 6)) {
            return Optional.empty();
        }
        return date(expiryYear(Integer.parseInt(yymmdd.substring(0, 2))), yymmdd.substring(2));
    }

    /** {@code YYYYMMDD}; empty when not eight digits or no real day. */
    public static Optional<LocalDate> fullDate(String yyyymmdd) {
        if (!isDigits(yyyymmdd, 8)) {
            return Optional.empty();
        }
        return date(Integer.parseInt(yyyymmdd.substring(0, 4)), yyyymmdd.substring(4));
    }

    private static Optional<LocalDate> date(int year, String mmdd) {
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(mmdd.substring(0, 2)),
                    Integer.parseInt(mmdd.substring(2, 4))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static boolean isDigits(String text, int length) {
        return text != null && text.length() == length && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
