package io.jingwu.api.fraud.links.control;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import com.ibm.icu.text.SpoofChecker.RestrictionLevel;
import com.ibm.icu.text.UnicodeSet;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a browser would distrust the letters of an international domain label and show its punycode instead. The
 * rules are Chromium's ({@code components/url_formatter/spoof_checks/idn_spoof_checker.cc}, BSD-3-Clause), in the
 * same order, on top of ICU's UTS #39 spoof checker: a restricted character set, no script mixing beyond Latin with
 * one CJK script, then Chromium's own checks for whole-script confusables, digit lookalikes and dangerous patterns.
 * Built once; the checks are thread-safe.
 */
final class IdnSpoofChecker {

    /** More scripts than Latin plus one CJK script (UTS #39 highly restrictive), a disallowed character, mixed digits. */
    static final String MIXED_SCRIPTS = "mixed-scripts";
    /** A combining mark twice on one letter once decomposed ({@code á} and another acute accent). */
    static final String REPEATED_MARK = "repeated-mark";
    /** All of the label's letters of one script look like Latin letters ({@code ѕсоре}, {@code аррӏе}). */
    static final String WHOLE_SCRIPT_CONFUSABLE = "whole-script-confusable";
    /** Digits and characters that look like digits only ({@code 1շ}). */
    static final String DIGIT_LOOKALIKE = "digit-lookalike";
    /** A Latin letter with an accent mixed with a non-Latin script ({@code héllo中国}). */
    static final String LATIN_ACCENT_MIXED = "latin-accent-mixed";
    /** A character that passes for punctuation, a slash or another letter in its neighbourhood ({@code pi̇xel}). */
    static final String DANGEROUS_PATTERN = "dangerous-pattern";
    /** A letter only its own country's domains may use (Icelandic thorn and eth, Azerbaijani schwa). */
    static final String TLD_SPECIFIC_CHARACTER = "tld-specific-character";
    /** A middle dot anywhere but between two l of a Catalan domain. */
    static final String MIDDLE_DOT = "middle-dot";

    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();

    private final SpoofChecker checker;

    private static final UnicodeSet ICELANDIC = frozen("[\\u00fe\\u00f0]");
    private static final UnicodeSet NON_ASCII_LATIN = frozen("[[:Latin:] - [a-zA-Z]]");
    private static final UnicodeSet KANA_EXCEPTIONS = frozen("[\\u3078-\\u307a\\u30d8-\\u30da\\u30fb-\\u30fe]");
    private static final UnicodeSet COMBINING_DIACRITICS = frozen("[\\u0300-\\u0339]");
    /** Latin, Greek, Cyrillic, ASCII digits and the combining diacritics: labels whose accents can be stripped. */
    static final UnicodeSet LGC_AND_ASCII =
            frozen("[[:Latin:][:Greek:][:Cyrillic:][0-9\\u002e_\\u002d][\\u0300-\\u0339]]");
    private static final UnicodeSet DIGITS = frozen("[0-9]");
    private static final UnicodeSet DIGIT_LOOKALIKES = frozen("[θ२২੨૨೩೭շзҙӡउওਤ੩૩౩ဒვპੜკ੫丩ㄐճ৪੪୫૭୨౨]");
    /** Next to a non-Japanese character these pass for a slash ({@code ノ ソ ゾ ン 丶 乀 乁 丿}). */
    private static final UnicodeSet SLASH_LOOKALIKES =
            frozen("[\\u30ce\\u30f3\\u30bd\\u30be\\u4e36\\u4e40\\u4e41\\u4e3f]");
    /** Next to a non-CJK character these pass for Latin letters or punctuation ({@code 一 丨 七 十 〇 工 丁 ...}). */
    private static final UnicodeSet CJK_LATIN_LOOKALIKES = frozen("[\\u4e00\\u3127\\u4e28\\u4e5b\\u4e03\\u4e05\\u5341"
            + "\\u3007\\u3112\\u311a\\u311f\\u3128\\u3129\\u3108\\u31ba\\u31b3\\u5de5\\u31b2\\u8ba0\\u4e01]");

    /** Common words that are whole-script confusables but spell no Latin word. */
    private static final Set<String> ALLOWED_CONFUSABLE_WORDS =
            Set.of("секс", "как", "коса", "курс", "парк", "такий", "укроп", "сахарок", "покраска");

    private record WholeScriptConfusable(UnicodeSet letters, UnicodeSet latinLookalikes, Set<String> allowedTlds) {
    }

    private static final List<WholeScriptConfusable> WHOLE_SCRIPT_CONFUSABLES = List.of(
            wsc("[[:Armn:]]", "[ագզէլհյոսւօՙ]", "am"),
            wsc("[[:Cyrl:]]", "[аысԁеԍһіюкјӏорԗԛѕԝхуъьҽпгѵѡ]", "bg", "by", "kz", "pyc", "ru", "su", "ua", "uz"),
            wsc("[[:Ethi:]]", "[ሀሠሰስበነተከዐዕዘጠፐꬅ]", "er", "et"),
            wsc("[[:Geor:]]", "[იოყძხჽჿ]", "ge"),
            wsc("[[:Grek:]]", "[αικνρυωηοτ]", "gr"),
            wsc("[[:Hebr:]]", "[דוחיןסװײ׳ﬦ]", "il"),
            wsc("[[:Beng:]]", "[০৭]"),
            wsc("[[:Deva:]]", "[ऽ०ॱ]"),
            wsc("[[:Gujr:]]", "[ડટ૦૧]"),
            wsc("[[:Guru:]]", "[੦੧]"),
            wsc("[[:Knda:]]", "[ಽ೦೧]"),
            wsc("[[:Mlym:]]", "[ടഠധനറ൦]"),
            wsc("[[:Orya:]]", "[ଠ୦୮]"),
            wsc("[[:Taml:]]", "[டப௦]"),
            wsc("[[:Telu:]]", "[౦౧]"),
            wsc("[[:Mymr:]]", "[ခဂငထပဝ၀၂ၔၜ\\u1090\\u1091\\u1095\\u1096\\u1097]", "mm"),
            // Chromium's set for other platforms than desktop Linux, which is what citizens' phones are
            wsc("[[:Thai:]]", "[บพเแ๐]", "th"));

    IdnSpoofChecker() {
        checker = new SpoofChecker.Builder()
                .setChecks(SpoofChecker.ALL_CHECKS)
                .setAllowedChars(allowedCharacters())
                .setRestrictionLevel(RestrictionLevel.HIGHLY_RESTRICTIVE)
                .build();
    }

    SpoofChecker checker() {
        return checker;
    }

    /**
     * @param label      one label of a host, in Unicode, lower case and NFC as IDNA gives it
     * @param tld        the host's top-level domain in ASCII ({@code xn--p1ai})
     * @param tldUnicode the same in Unicode ({@code рф})
     * @return why a browser would show the label as punycode, if it would
     */
    Optional<String> spoofReason(String label, String tld, String tldUnicode) {
        if (isAscii(label)) {
            return Optional.empty();
        }
        SpoofChecker.CheckResult result = new SpoofChecker.CheckResult();
        if (checker.failsChecks(label, result)) {
            return Optional.of(MIXED_SCRIPTS);
        }
        if (hasRepeatedMark(NFD.normalize(label))) {
            return Optional.of(REPEATED_MARK);
        }
        if (label.length() > 1 && !tld.equals("is") && !tld.equals("fo") && ICELANDIC.containsSome(label)) {
            return Optional.of(TLD_SPECIFIC_CHARACTER);
        }
        if (label.length() > 1 && !tld.equals("az") && label.indexOf('ə') >= 0) {
            return Optional.of(TLD_SPECIFIC_CHARACTER);
        }
        if (hasUnsafeMiddleDot(label, tld)) {
            return Optional.of(MIDDLE_DOT);
        }
        if (result.restrictionLevel == RestrictionLevel.ASCII) {
            return Optional.empty();
        }
        if (result.restrictionLevel == RestrictionLevel.SINGLE_SCRIPT_RESTRICTIVE
                && KANA_EXCEPTIONS.containsNone(label) && COMBINING_DIACRITICS.containsNone(label)) {
            for (WholeScriptConfusable script : WHOLE_SCRIPT_CONFUSABLES) {
                if (isWholeScriptConfusable(script, label) && !allowedForTld(script, tld, tldUnicode)
                        && !ALLOWED_CONFUSABLE_WORDS.contains(label)) {
                    return Optional.of(WHOLE_SCRIPT_CONFUSABLE);
                }
            }
            return isDigitLookalike(label) ? Optional.of(DIGIT_LOOKALIKE) : Optional.empty();
        }
        if (isDigitLookalike(label)) {
            return Optional.of(DIGIT_LOOKALIKE);
        }
        if (NON_ASCII_LATIN.containsSome(label) && !LGC_AND_ASCII.containsAll(label)) {
            return Optional.of(LATIN_ACCENT_MIXED);
        }
        return hasDangerousPattern(label) ? Optional.of(DANGEROUS_PATTERN) : Optional.empty();
    }

    /** UTS #39's recommended and inclusion sets less what Chromium (after Mozilla's list) takes out. */
    private static UnicodeSet allowedCharacters() {
        UnicodeSet allowed = new UnicodeSet(SpoofChecker.RECOMMENDED).addAll(SpoofChecker.INCLUSION);
        allowed.remove(0x0338);          // combining long solidus overlay: a slash with a broken font
        allowed.remove(0x058a);          // Armenian hyphen
        allowed.remove(0x2010);          // hyphen, confused with hyphen-minus
        allowed.remove(0x2019);          // right single quotation mark
        allowed.remove(0x2027);          // hyphenation point, confused with the katakana middle dot
        allowed.remove(0x30a0);          // katakana-hiragana double hyphen
        allowed.remove(0x02bb);          // modifier letter turned comma
        allowed.remove(0x02bc);          // modifier letter apostrophe
        allowed.remove(0x02ec);          // modifier letter voicing
        allowed.remove(0x0138);          // Latin kra
        allowed.remove(0x01cd, 0x01dc);  // Latin Extended-B, pinyin
        allowed.remove(0x1c80, 0x1c8f);  // Cyrillic Extended-C
        allowed.remove(0x1e00, 0x1e9b);  // Latin Extended Additional
        allowed.remove(0x1f00, 0x1fff);  // Greek Extended
        allowed.remove(0xa640, 0xa69f);  // Cyrillic Extended-B
        allowed.remove(0xa720, 0xa7ff);  // Latin Extended-D
        return allowed.freeze();
    }

    private static boolean isWholeScriptConfusable(WholeScriptConfusable script, String label) {
        boolean any = false;
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            if (script.letters().contains(c)) {
                if (!script.latinLookalikes().contains(c)) {
                    return false;
                }
                any = true;
            }
            i += Character.charCount(c);
        }
        return any;
    }

    /** A TLD in the script itself ({@code .рф}) or the script's own countries' may use its lookalike letters. */
    private static boolean allowedForTld(WholeScriptConfusable script, String tld, String tldUnicode) {
        return script.letters().containsSome(tldUnicode) || script.allowedTlds().contains(tld);
    }

    private static boolean isDigitLookalike(String label) {
        boolean lookalike = false;
        for (int i = 0; i < label.length(); ) {
            int c = label.codePointAt(i);
            if (DIGIT_LOOKALIKES.contains(c)) {
                lookalike = true;
            } else if (!DIGITS.contains(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return lookalike;
    }

    /**
     * ICU4C's invisible-character check, which looks at the decomposed text; ICU4J's looks at the text as given
     * and lets {@code á} with another acute accent through.
     */
    private static boolean hasRepeatedMark(String decomposed) {
        int first = -1;
        UnicodeSet seen = null;
        for (int i = 0; i < decomposed.length(); ) {
            int c = decomposed.codePointAt(i);
            i += Character.charCount(c);
            if (UCharacter.getType(c) != UCharacterCategory.NON_SPACING_MARK) {
                first = -1;
                seen = null;
            } else if (first < 0) {
                first = c;
            } else {
                if (seen == null) {
                    seen = new UnicodeSet().add(first);
                }
                if (seen.contains(c)) {
                    return true;
                }
                seen.add(c);
            }
        }
        return false;
    }

    /** The middle dot is only for the Catalan ela geminada (l·l), and only under .cat. */
    private static boolean hasUnsafeMiddleDot(String label, String tld) {
        for (int index = label.indexOf('·'); index >= 0; index = label.indexOf('·', index + 1)) {
            if (!tld.equals("cat") || index == 0 || index == label.length() - 1
                    || label.charAt(index - 1) != 'l' || label.charAt(index + 1) != 'l') {
                return true;
            }
        }
        return false;
    }

    /** Chromium's "dangerous pattern" expression, written out over code points with script extensions. */
    private static boolean hasDangerousPattern(String label) {
        int[] c = label.codePoints().toArray();
        int n = c.length;
        for (int i = 0; i < n; i++) {
            int previous = i > 0 ? c[i - 1] : -1;
            int next = i + 1 < n ? c[i + 1] : -1;
            if (SLASH_LOOKALIKES.contains(c[i]) && previous >= 0 && next >= 0
                    && !isJapanese(previous) && !isJapanese(next)) {
                return true;
            }
            if ((c[i] == 0x30fd || c[i] == 0x30fe) && (previous < 0 || !has(previous, UScript.KATAKANA))) {
                return true;
            }
            if (c[i] == 0x30fc
                    && (previous < 0 || !has(previous, UScript.KATAKANA) && !has(previous, UScript.HIRAGANA))) {
                return true;
            }
            if (c[i] == 0x30fb && (isAsciiLetter(previous) || isAsciiLetter(next))) {
                return true;
            }
            if (CJK_LATIN_LOOKALIKES.contains(c[i])
                    && (previous >= 0 && !isCjk(previous) || next >= 0 && !isCjk(next))) {
                return true;
            }
            if (c[i] >= 0x0300 && c[i] <= 0x0339 && previous >= 0
                    && (previous == 0x0131 || !has(previous, UScript.LATIN) && !has(previous, UScript.GREEK)
                    && !has(previous, UScript.CYRILLIC))) {
                return true;
            }
            if (c[i] == 0x3099 || c[i] == 0x309a) {
                return true;
            }
            if (c[i] == 0x0307 && (previous == 'i' || previous == 'j' || previous == 'l')) {
                return true;
            }
        }
        return lookalikeKanaAmidOtherKana(c, 0x3078, 0x307a, UScript.KATAKANA)
                || lookalikeKanaAmidOtherKana(c, 0x30d8, 0x30da, UScript.HIRAGANA);
    }

    /** へべぺ amid katakana, or ヘベペ amid hiragana: they look the same in either script. */
    private static boolean lookalikeKanaAmidOtherKana(int[] c, int first, int last, int otherScript) {
        int inside = -1;
        for (int i = 0; i < c.length; i++) {
            if (c[i] >= first && c[i] <= last && i > 0 && i < c.length - 1 && inside < 0) {
                inside = i;
            } else if (!has(c[i], otherScript)) {
                return false;
            }
        }
        return inside > 0;
    }

    private static boolean isJapanese(int c) {
        return has(c, UScript.KATAKANA) || has(c, UScript.HIRAGANA) || has(c, UScript.HAN);
    }

    private static boolean isCjk(int c) {
        return isJapanese(c) || has(c, UScript.BOPOMOFO);
    }

    private static boolean has(int c, int script) {
        return UScript.hasScript(c, script);
    }

    private static boolean isAsciiLetter(int c) {
        return c >= 'a' && c <= 'z';
    }

    static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7f) {
                return false;
            }
        }
        return true;
    }

    private static WholeScriptConfusable wsc(String letters, String latinLookalikes, String... allowedTlds) {
        return new WholeScriptConfusable(frozen(letters), frozen(latinLookalikes), Set.of(allowedTlds));
    }

    private static UnicodeSet frozen(String pattern) {
        return new UnicodeSet(pattern).freeze();
    }
}
