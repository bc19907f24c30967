package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.CheckDigit;
import io.jingwu.api.documents.entity.DocumentError;
import io.jingwu.api.documents.entity.DocumentKind;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ValidationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every row of {@code identity/mrz/mrz_test_vectors.tsv}: the layout, and exactly the check digits its
 * {@code failed_fields} names, by plain ICAO 9303 rules (row 19, a Belgian card some libraries accept, fails its
 * document number digit here, as the vectors say). A zone whose check digits all hold is valid unless it names
 * a state that is not on ICAO's list; those rows are named in {@link #zonesNamingStatesOffTheListAreRefused}.
 */
class MrzVectorsTest {

    private static final Map<String, CheckDigit> FAILED_FIELD_NAMES = Map.of(
            "doc", CheckDigit.DOCUMENT_NUMBER,
            "birth", CheckDigit.BIRTH_DATE,
            "expiry", CheckDigit.EXPIRY_DATE,
            "personal", CheckDigit.PERSONAL_NUMBER,
            "composite", CheckDigit.COMPOSITE);

    private final DocumentValidation validation = new DocumentValidation(VectorFiles.CLOCK);

    static List<Map<String, String>> rows() {
        return VectorFiles.rows("/identity/mrz/mrz_test_vectors.tsv");
    }

    static List<Map<String, String>> checkDigitRows() {
        return VectorFiles.rows("/identity/mrz/check_digit_vectors.tsv");
    }

    static String zone(Map<String, String> row) {
        return Stream.of(row.get("line1"), row.get("line2"), row.get("line3"))
                .filter(line -> !line.isEmpty()).collect(Collectors.joining("\n"));
    }

    private ValidationResult check(Map<String, String> row) {
        return validation.validate(DocumentKind.MRZ, zone(row), null);
    }

    @ParameterizedTest(name = "row {0}")
    @MethodSource("rows")
    void eachZoneFailsExactlyTheCheckDigitsItsRowNames(Map<String, String> row) {
        ValidationResult result = check(row);

        assertEquals(row.get("format").replace('-', '_'), result.document().type().name());
        Set<CheckDigit> expected = Arrays.stream(row.get("failed_fields").split(","))
                .filter(name -> !name.isEmpty()).map(FAILED_FIELD_NAMES::get).map(Objects::requireNonNull)
                .collect(Collectors.toSet());
        Set<CheckDigit> failed = result.errors().stream().map(DocumentError::checkDigit).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        assertEquals(expected, failed, "row " + row.get("id"));
        assertEquals(Boolean.parseBoolean(row.get("check_digits_valid")), failed.isEmpty());
        if (!failed.isEmpty()) {
            assertFalse(result.valid());
        } else {
            // all digits hold: refused only for a code off ICAO's list
            assertTrue(result.errors().stream().allMatch(e -> e.field() == ErrorField.NATIONALITY
                    || e.field() == ErrorField.ISSUING_STATE), "row " + row.get("id") + " " + result.errors());
        }
        VectorFiles.assertWorded(result);
    }

    @Test
    void zonesNamingStatesOffTheListAreRefused() {
        Map<String, Map<String, String>> byId = rows().stream().collect(Collectors.toMap(r -> r.get("id"), r -> r));
        // ASU (an example library's own state), INP (a library's Interpol code; ICAO's is XPO), BOS (not BIH)
        assertEquals(Set.of(ErrorField.ISSUING_STATE, ErrorField.NATIONALITY), fields(check(byId.get("35"))));
        assertEquals(Set.of(ErrorField.ISSUING_STATE, ErrorField.NATIONALITY), fields(check(byId.get("53"))));
        assertEquals(Set.of(ErrorField.ISSUING_STATE, ErrorField.CHECK_DIGIT), fields(check(byId.get("38"))));
        assertEquals(Set.of(ErrorField.NATIONALITY), fields(check(byId.get("42"))));
        assertTrue(check(byId.get("43")).valid(), "the same visa with BIH");
        // D (Germany), UTO (ICAO's specimen state), XXX (unspecified nationality) are on the list
        assertTrue(check(byId.get("24")).valid());
        assertTrue(check(byId.get("3")).valid());
        assertTrue(check(byId.get("41")).valid());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("checkDigitRows")
    void icaoCheckDigitsMatchTheWorkedExamples(Map<String, String> row) {
        assertEquals(Integer.parseInt(row.get("expected_check_digit")), CheckDigits.icao(row.get("input")));
    }

    private static Set<ErrorField> fields(ValidationResult result) {
        return result.errors().stream().map(DocumentError::field).collect(Collectors.toSet());
    }
}
