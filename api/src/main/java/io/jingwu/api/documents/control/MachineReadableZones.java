package io.jingwu.api.documents.control;

import io.jingwu.api.documents.entity.CheckDigit;
import io.jingwu.api.documents.entity.DocumentError;
import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.documents.entity.ErrorField;
import io.jingwu.api.documents.entity.ParsedDocument;
import io.jingwu.api.documents.entity.ValidationResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * ICAO 9303 machine-readable zones: TD3 (passports, 2 x 44), TD2 and TD1 cards (2 x 36, 3 x 30), MRV-A and
 * MRV-B visas (2 x 44, 2 x 36, starting with V). Every check digit is checked by the plain rules of Part 3,
 * also where some issuers compute one differently (a Belgian card's long number is checked without the filler
 * before its extension), and the issuing state and nationality against ICAO's code list.
 */
public final class MachineReadableZones {

    private static final Pattern CHARACTERS = Pattern.compile("[A-Z0-9<]+");
    private static final char FILLER = '<';

    private final TravelDocumentCodes codes;

    public MachineReadableZones(TravelDocumentCodes codes) {
        this.codes = codes;
    }

    /** The fields of a zone, cut out by its layout; {@code composite} is null where the layout has none. */
    private record Zone(DocumentType type, String documentCode, String issuer, String names, String numberField,
                        char numberCheck, String numberExtension, String birth, char birthCheck, char sex,
                        String expiry, char expiryCheck, String nationality, String personalNumber,
                        Character personalCheck, String composite, Character compositeCheck) {
    }

    public ValidationResult validate(String value, LocalDate today) {
        List<String> lines = lines(value);
        DocumentType type = layout(lines);
        if (type == null) {
            return ValidationResult.malformed(DocumentError.of(ErrorField.FORMAT, "identity.format.mrz"));
        }
        if (!lines.stream().allMatch(line -> CHARACTERS.matcher(line).matches())) {
            return ValidationResult.malformed(DocumentError.of(ErrorField.FORMAT, "identity.format.mrz-characters"));
        }
        Zone zone = cut(type, lines);
        Findings findings = new Findings();
        if (!documentCodeFits(zone)) {
            findings.add(ErrorField.FORMAT, "identity.format.mrz-document-code", zone.documentCode().charAt(0));
        }
        checkDigits(zone, findings);

        String issuer = stripFillers(zone.issuer());
        if (!codes.isKnown(issuer)) {
            findings.add(ErrorField.ISSUING_STATE, "identity.issuing-state.unknown", issuer);
        }
        String nationality = stripFillers(zone.nationality());
        if (!codes.isKnown(nationality)) {
            findings.add(ErrorField.NATIONALITY, "identity.nationality.unknown", nationality);
        }
        // A birth or expiry date may be unknown, written as fillers (ICAO 9303 Part 3, 4.6): not an error.
        LocalDate birth = null;
        if (zone.birth().indexOf(FILLER) < 0) {
            birth = DocumentDates.birthDate(zone.birth(), today).orElse(null);
            findings.birthDate(birth, today);
        }
        LocalDate expiry = null;
        if (zone.expiry().indexOf(FILLER) < 0) {
            expiry = DocumentDates.expiryDate(zone.expiry()).orElse(null);
            if (expiry == null) {
                findings.add(ErrorField.EXPIRY, "identity.expiry.unreal");
            }
        }
        if ("MFX<".indexOf(zone.sex()) < 0) {
            findings.add(ErrorField.SEX, "identity.sex.unknown");
        }
        String[] names = names(zone.names());
        ParsedDocument document = new ParsedDocument(type, stripFillers(zone.numberField()) + zone.numberExtension(),
                issuer, names[0], names[1], nationality, zone.sex() == FILLER ? null : String.valueOf(zone.sex()),
                birth, expiry, null);
        return findings.result(document, today);
    }

    /** Lines as typed or scanned: spaces dropped, upper case; one unbroken zone is cut into its lines. */
    static List<String> lines(String value) {
        List<String> lines = Arrays.stream((value == null ? "" : value).split("\\R"))
                .map(line -> line.replaceAll("\\s", "").toUpperCase(Locale.ROOT))
                .filter(line -> !line.isEmpty())
                .toList();
        if (lines.size() == 1) {
            String zone = lines.get(0);
            int length = switch (zone.length()) {
                case 90 -> 30;
                case 72 -> 36;
                case 88 -> 44;
                default -> 0;
            };
            if (length > 0) {
                List<String> cut = new ArrayList<>();
                for (int start = 0; start < zone.length(); start += length) {
                    cut.add(zone.substring(start, start + length));
                }
                return cut;
            }
        }
        return lines;
    }

    private static DocumentType layout(List<String> lines) {
        boolean visa = !lines.isEmpty() && lines.get(0).startsWith("V");
        if (lines.size() == 3 && lines.stream().allMatch(line -> line.length() == 30)) {
            return DocumentType.TD1;
        }
        if (lines.size() == 2 && lines.stream().allMatch(line -> line.length() == 36)) {
            return visa ? DocumentType.MRV_B : DocumentType.TD2;
        }
        if (lines.size() == 2 && lines.stream().allMatch(line -> line.length() == 44)) {
            return visa ? DocumentType.MRV_A : DocumentType.TD3;
        }
        return null;
    }

    private static Zone cut(DocumentType type, List<String> lines) {
        String upper = lines.get(0);
        String lower = lines.get(1);
        if (type == DocumentType.TD1) {
            String optional = upper.substring(15, 30);
            String[] number = longNumber(upper.substring(5, 14), upper.charAt(14), optional);
            return new Zone(type, upper.substring(0, 2), upper.substring(2, 5), lines.get(2), number[0],
                    number[1].charAt(0), number[2], lower.substring(0, 6), lower.charAt(6), lower.charAt(7),
                    lower.substring(8, 14), lower.charAt(14), lower.substring(15, 18), null, null,
                    upper.substring(5, 30) + lower.substring(0, 7) + lower.substring(8, 15) + lower.substring(18, 29),
                    lower.charAt(29));
        }
        // TD2, TD3 and both visas share the lower line up to the expiry check digit.
        boolean wide = type == DocumentType.TD3 || type == DocumentType.MRV_A;
        String optional = wide ? lower.substring(28, 42) : lower.substring(28, 35);
        String[] number = type == DocumentType.TD2
                ? longNumber(lower.substring(0, 9), lower.charAt(9), optional)
                : new String[]{lower.substring(0, 9), String.valueOf(lower.charAt(9)), ""};
        String personal = type == DocumentType.TD3 ? lower.substring(28, 42) : null;
        Character personalCheck = type == DocumentType.TD3 ? lower.charAt(42) : null;
        String composite = null;
        Character compositeCheck = null;
        if (type == DocumentType.TD3) {
            composite = lower.substring(0, 10) + lower.substring(13, 20) + lower.substring(21, 43);
            compositeCheck = lower.charAt(43);
        } else if (type == DocumentType.TD2) {
            composite = lower.substring(0, 10) + lower.substring(13, 20) + lower.substring(21, 35);
            compositeCheck = lower.charAt(35);
        }
        return new Zone(type, upper.substring(0, 2), upper.substring(2, 5), upper.substring(5), number[0],
                number[1].charAt(0), number[2], lower.substring(13, 19), lower.charAt(19), lower.charAt(20),
                lower.substring(21, 27), lower.charAt(27), lower.substring(10, 13), personal, personalCheck,
                composite, compositeCheck);
    }

    /**
     * A document number longer than 9 characters (TD1, TD2): the first 9 in the number field, a filler where its
     * check digit would be, the rest at the start of the optional data, then the check digit and a filler.
     *
     * @return the number field, its check character, and the extension (empty for a short number)
     */
    private static String[] longNumber(String field, char check, String optional) {
        if (check != FILLER) {
            return new String[]{field, String.valueOf(check), ""};
        }
        int end = optional.indexOf(FILLER);
        String rest = end < 0 ? optional : optional.substring(0, end);
        if (rest.isEmpty()) {
            return new String[]{field, String.valueOf(FILLER), ""};
        }
        return new String[]{field, rest.substring(rest.length() - 1), rest.substring(0, rest.length() - 1)};
    }

    private static boolean documentCodeFits(Zone zone) {
        char first = zone.documentCode().charAt(0);
        return switch (zone.type()) {
            case TD3 -> first == 'P';
            case TD1, TD2 -> first == 'I' || first == 'A' || first == 'C';
            default -> first == 'V';
        };
    }

    private static void checkDigits(Zone zone, Findings findings) {
        if (!CheckDigits.icaoMatches(zone.numberField() + zone.numberExtension(), zone.numberCheck())) {
            findings.checkDigit(CheckDigit.DOCUMENT_NUMBER);
        }
        if (!CheckDigits.icaoMatches(zone.birth(), zone.birthCheck())) {
            findings.checkDigit(CheckDigit.BIRTH_DATE);
        }
        if (!CheckDigits.icaoMatches(zone.expiry(), zone.expiryCheck())) {
            findings.checkDigit(CheckDigit.EXPIRY_DATE);
        }
        if (zone.personalNumber() != null && !personalNumberChecks(zone.personalNumber(), zone.personalCheck())) {
            findings.checkDigit(CheckDigit.PERSONAL_NUMBER);
        }
        if (zone.composite() != null && !CheckDigits.icaoMatches(zone.composite(), zone.compositeCheck())) {
            findings.checkDigit(CheckDigit.COMPOSITE);
        }
    }

    /** An unused personal number (all fillers) may have a filler or 0 as its check digit (Part 4, 4.2.2). */
    private static boolean personalNumberChecks(String personal, char check) {
        boolean unused = personal.chars().allMatch(c -> c == FILLER);
        return (unused && check == FILLER) || CheckDigits.icaoMatches(personal, check);
    }

    /** Primary identifier before {@code <<}, secondary after it; fillers inside a part separate words. */
    private static String[] names(String field) {
        int split = field.indexOf("<<");
        String primary = split < 0 ? field : field.substring(0, split);
        String secondary = split < 0 ? "" : field.substring(split + 2);
        return new String[]{words(primary), words(secondary)};
    }

    private static String words(String part) {
        String text = part.replace(FILLER, ' ').strip().replaceAll(" +", " ");
        return text.isEmpty() ? null : text;
    }

    private static String stripFillers(String text) {
        return text.replace(String.valueOf(FILLER), "");
    }
}
