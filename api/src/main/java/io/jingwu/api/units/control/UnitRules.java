package io.jingwu.api.units.control;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.Texts;
import io.jingwu.api.platform.validation.Violations;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a unit as an administrator describes it: a code of capitals, digits and dashes, unique; both names;
 * a known kind; and where it serves, as prefixes of real division codes (2 digits a province, 4 a prefecture,
 * 6 a county, 9 a township; "" the whole country). The rules that need nothing else are declared on the input
 * ({@link UnitCode}, the names' lengths); with them, every problem is reported at once.
 */
@ApplicationScoped
public class UnitRules {

    public static final int CODE_MAX = 40;
    public static final int NAME_ZH_MAX = 128;
    public static final int NAME_EN_MAX = 200;
    public static final int PREFIXES_MAX = 50;

    private static final Pattern PREFIX = Pattern.compile("|\\d{2}|\\d{4}|\\d{6}|\\d{9}");

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Divisions divisions;

    /**
     * @param unitId   the unit being changed, or null for a new one (its own code is not "taken")
     * @param declared the errors of the rules declared on the input (code, names, number of prefixes)
     * @throws InvalidInputException listing every broken rule
     */
    public Description check(String rawCode, String rawNameZh, String rawNameEn, String rawKind,
                             List<String> rawJurisdiction, Long unitId, List<FieldError> declared) {
        List<FieldError> errors = new ArrayList<>();

        String code = Texts.stripped(rawCode);
        if (!Violations.addFor("code", declared, errors)
                && em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code).getResultStream()
                .anyMatch(other -> !other.id().equals(unitId))) {
            errors.add(FieldError.of("code", "unit.code.taken", code));
        }
        Violations.addFor("nameZh", declared, errors);
        Violations.addFor("nameEn", declared, errors);

        UnitKind kind = null;
        String kindName = rawKind == null ? "" : rawKind.strip();
        if (kindName.isEmpty()) {
            errors.add(FieldError.of("kind", "unit.kind.required", allowedKinds()));
        } else if (Arrays.stream(UnitKind.values()).noneMatch(k -> k.name().equals(kindName))) {
            errors.add(FieldError.of("kind", "unit.kind.unknown", kindName, allowedKinds()));
        } else {
            kind = UnitKind.valueOf(kindName);
        }

        Set<String> jurisdiction = new LinkedHashSet<>();
        if (!Violations.addFor("jurisdiction", declared, errors)) {
            for (String raw : rawJurisdiction) {
                String prefix = raw == null ? null : raw.strip();
                if (prefix == null || !PREFIX.matcher(prefix).matches()) {
                    errors.add(FieldError.of("jurisdiction", "unit.jurisdiction.format", String.valueOf(raw)));
                } else if (!prefix.isEmpty() && divisions.find(divisionCode(prefix)).isEmpty()) {
                    errors.add(FieldError.of("jurisdiction", "unit.jurisdiction.unknown", prefix));
                } else {
                    jurisdiction.add(prefix);
                }
            }
        }

        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Description(code, rawNameZh.strip(), rawNameEn.strip(), kind, jurisdiction);
    }

    /** The division a prefix stands for: "33" is 330000 (浙江省), "3305" is 330500 (湖州市). */
    static String divisionCode(String prefix) {
        return prefix.length() < 6 ? (prefix + "0000").substring(0, 6) : prefix;
    }

    private static String allowedKinds() {
        return Arrays.stream(UnitKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A unit's checked description. */
    public record Description(String code, String nameZh, String nameEn, UnitKind kind, Set<String> jurisdiction) {
    }
}
