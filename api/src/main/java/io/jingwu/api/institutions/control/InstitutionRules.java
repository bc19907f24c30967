package io.jingwu.api.institutions.control;

import io.jingwu.api.institutions.entity.InstitutionKind;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.Texts;
import io.jingwu.api.platform.validation.Violations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks an institution as an administrator describes it: a name of at most {@value #NAME_MAX} characters, a
 * known kind, an optional contact, and an allowance of {@value #MIN_CHECKS} to {@value #MAX_CHECKS} checks a
 * minute. The rules that need nothing else are declared on the input; with them, every problem is reported at
 * once, under the field names of the API's body. The allowance's message writes its limits as plain numbers: a
 * pattern's grouping would write 10000 as "10,000" in one language and not the other.
 */
public final class InstitutionRules {

    public static final int NAME_MAX = 100;
    public static final int CONTACT_MAX = 200;
    public static final int MIN_CHECKS = 1;
    public static final int MAX_CHECKS = 10_000;
    /** A new institution's allowance when the administrator gives none (as the table's default). */
    public static final int DEFAULT_CHECKS = 60;

    private InstitutionRules() {
    }

    /**
     * @param checksIfAbsent the allowance when none is given: the default for a new institution, the current one
     *                       for a change
     * @param declared       the errors of the rules declared on the input (the name, the contact, the allowance)
     * @throws InvalidInputException listing every broken rule
     */
    public static Description check(String rawName, String rawKind, String rawContact, Integer rawChecks,
                                    int checksIfAbsent, List<FieldError> declared) {
        List<FieldError> errors = new ArrayList<>();
        Violations.addFor("name", declared, errors);

        InstitutionKind kind = null;
        String kindName = rawKind == null ? "" : rawKind.strip();
        if (kindName.isEmpty()) {
            errors.add(FieldError.of("kind", "institution.kind.required", allowedKinds()));
        } else if (Arrays.stream(InstitutionKind.values()).noneMatch(k -> k.name().equals(kindName))) {
            errors.add(FieldError.of("kind", "institution.kind.unknown", kindName, allowedKinds()));
        } else {
            kind = InstitutionKind.valueOf(kindName);
        }

        Violations.addFor("contact", declared, errors);
        Violations.addFor("checksPerMinute", declared, errors);

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Description(rawName.strip(), kind, Texts.stripped(rawContact),
                rawChecks == null ? checksIfAbsent : rawChecks);
    }

    private static String allowedKinds() {
        return Arrays.stream(InstitutionKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** An institution's checked description; the contact is null when none was given. */
    public record Description(String name, InstitutionKind kind, String contact, int checksPerMinute) {
    }
}
