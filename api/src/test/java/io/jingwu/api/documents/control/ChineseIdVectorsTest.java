package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.CheckDigit;
import io.jingwu.api.documents.entity.DocumentError;
import io.jingwu.api.documents.entity.DocumentKind;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ValidationResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of {@code identity/cn_id/cn_id_test_vectors.tsv} (resident numbers, HMT residence permits, both
 * foreigners' cards). Rows whose source verdict depends on a library's mode follow the rules this service keeps:
 * lower-case x is accepted, a division code counts if it existed at any time since 1981 (whatever the birth
 * year), and 111111 (hutool's documented quirk) is no division.
 */
class ChineseIdVectorsTest {

    private static final Pattern CONVERTS_TO = Pattern.compile("converts to (\\w+)");

    private final DocumentValidation validation = new DocumentValidation(VectorFiles.CLOCK);

    static List<Map<String, String>> rows() {
        return VectorFiles.rows("/identity/cn_id/cn_id_test_vectors.tsv");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void eachNumberGetsTheVerdictItsSourceGives(Map<String, String> row) {
        String number = row.get("number");
        ValidationResult result = validation.validate(kind(row.get("kind")), number, Map.of());

        assertEquals(expectedValid(row.get("source_expected")), result.valid(), number + " " + result.errors());
        VectorFiles.assertWorded(result);
        if (!row.get("computed_check_digit").isEmpty()) {
            boolean checkMatches = row.get("computed_check_digit").equals(number.substring(number.length() - 1).toUpperCase());
            assertEquals(!checkMatches, has(result, ErrorField.CHECK_DIGIT), number + " check digit");
        }
        if (row.get("birth_date_ok").equals("False")) {
            assertTrue(has(result, ErrorField.BIRTH_DATE), number + " birth date");
        } else if (row.get("birth_date_ok").equals("True")) {
            assertTrue(!has(result, ErrorField.BIRTH_DATE), number + " birth date");
        }
        if (row.get("province_prefix_ok").equals("False")) {
            assertTrue(has(result, ErrorField.DIVISION), number + " division");
        }
        Matcher converted = CONVERTS_TO.matcher(row.get("note"));
        if (converted.find()) {
            assertEquals(converted.group(1), result.document().number());
        }
        if (row.get("kind").equals("malformed")) {
            assertEquals(List.of(ErrorField.FORMAT), result.errors().stream().map(DocumentError::field).toList());
        }
    }

    private static boolean has(ValidationResult result, ErrorField field) {
        return result.errors().stream().anyMatch(e -> e.field() == field
                && (field != ErrorField.CHECK_DIGIT || e.checkDigit() == CheckDigit.DOCUMENT_NUMBER));
    }

    private static DocumentKind kind(String vectorKind) {
        return vectorKind.startsWith("foreigner") ? DocumentKind.FOREIGNER_PERMANENT_RESIDENCE_ID : DocumentKind.RESIDENT_ID;
    }

    private static boolean expectedValid(String sourceExpected) {
        return switch (sourceExpected) {
            case "valid" -> true;
            case "invalid" -> false;
            // lower-case x, or a division code published after the birth date: both accepted here
            case "valid(lenient)/invalid(strict)" -> true;
            // 111111 has never been a division code
            case "valid(hutool quirk)" -> false;
            default -> throw new AssertionError("unknown verdict in the vectors: " + sourceExpected);
        };
    }
}
