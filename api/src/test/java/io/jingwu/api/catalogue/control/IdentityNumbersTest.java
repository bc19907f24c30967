package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.control.IdentityNumbers.Outcome;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GB 11643 identity numbers against public vectors (see {@code identity/cn_id/SOURCE.md} beside the vector file). */
class IdentityNumbersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    /** hutool's documented quirk, left out (see SOURCE.md). */
    private static final String QUIRK = "111111111111111";

    @Test
    void everySharedVectorGetsTheVerdictItsColumnsCallFor() throws Exception {
        List<String> wrong = new ArrayList<>();
        int rows = 0;
        for (String[] row : vectors()) {
            Outcome expected = expected(row);
            Outcome actual = IdentityNumbers.check(row[0], TODAY).outcome();
            rows++;
            if (expected != actual) {
                wrong.add(row[0] + " (" + row[8] + "): expected " + expected + ", got " + actual);
            }
        }
        assertEquals(49, rows, "vectors read");
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
    }

    @Test
    void fifteenDigitNumbersAreReadAsTheEighteenCharactersTheyBecame() {
        // The conversions the source suite states (hutool IdcardUtilTest convert15To18, convert15To18Second).
        assertEquals("150102198807303035", IdentityNumbers.check("150102880730303", TODAY).number());
        assertEquals("33010219200403064X", IdentityNumbers.check("330102200403064", TODAY).number());
    }

    @Test
    void aLowerCaseCheckCharacterIsReadAsUpperCase() {
        IdentityNumbers.Checked checked = IdentityNumbers.check(" 11010519491231002x ", TODAY);
        assertEquals(Outcome.VALID, checked.outcome());
        assertEquals("11010519491231002X", checked.number());
    }

    @Test
    void everySingleMistypedDigitIsCaught() {
        String valid = "330105197810270025";
        for (int i = 0; i < 17; i++) {
            for (char d = '0'; d <= '9'; d++) {
                if (d == valid.charAt(i)) {
                    continue;
                }
                String typo = valid.substring(0, i) + d + valid.substring(i + 1);
                assertTrue(IdentityNumbers.check(typo, TODAY).outcome() != Outcome.VALID, typo);
            }
        }
    }

    @Test
    void nobodyIsBornTomorrow() {
        String first17 = "33010520261121002";
        String tomorrow = first17 + IdentityNumbers.checkCharacter(first17);
        assertEquals(Outcome.BIRTH_DATE, IdentityNumbers.check(tomorrow, TODAY).outcome());
        String first17Today = "33010520261120002";
        assertEquals(Outcome.VALID, IdentityNumbers.check(first17Today + IdentityNumbers.checkCharacter(first17Today), TODAY).outcome());
    }

    @Test
    void anythingElseIsMalformed() {
        for (String text : new String[]{null, "", "1234567890123456", "3301051978102700251", "33010519781027002Y", "3301 0519 7810 2700 25"}) {
            assertEquals(Outcome.MALFORMED, IdentityNumbers.check(text, TODAY).outcome(), String.valueOf(text));
        }
    }

    /** See SOURCE.md: how each row of the shared vectors translates into our verdict. */
    private static Outcome expected(String[] row) {
        String kind = row[1];
        if (kind.equals("malformed") || kind.equals("foreigner_2017")) {
            return Outcome.MALFORMED;
        }
        if (row[2].startsWith("valid(lenient)")) {
            return Outcome.VALID;
        }
        if (row[6].equals("False")) {
            return Outcome.PROVINCE;
        }
        if (row[5].equals("False")) {
            return Outcome.BIRTH_DATE;
        }
        if (row[4].equals("False")) {
            return Outcome.CHECK_CHARACTER;
        }
        return Outcome.VALID;
    }

    private static List<String[]> vectors() throws Exception {
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(
                IdentityNumbersTest.class.getResourceAsStream("/identity/cn_id/cn_id_test_vectors.tsv"),
                StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith(QUIRK + "\t")) {
                    rows.add(line.split("\t", -1));
                }
            }
        }
        return rows;
    }
}
