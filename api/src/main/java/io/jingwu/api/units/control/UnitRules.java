package io.jingwu.api.units.control;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
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
 * 6 a county, 9 a township; "" the whole country). Every problem is reported at once.
 */
@ApplicationScoped
public class UnitRules {

    public static final int CODE_MAX = 40;
    public static final int NAME_ZH_MAX = 128;
    public static final int NAME_EN_MAX = 200;
    public static final int PREFIXES_MAX = 50;

    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");
    private static final Pattern PREFIX = Pattern.compile("|\\d{2}|\\d{4}|\\d{6}|\\d{9}");

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Divisions divisions;

    /**
     * @param unitId the unit being changed, or null for a new one (its own code is not "taken")
     * @throws InvalidInputException listing every broken rule
     */
    public Description check(String rawCode, String rawNameZh, String rawNameEn, String rawKind,
                             List<String> rawJurisdiction, Long unitId) {
        List<FieldError> errors = new ArrayList<>();

        String code = rawCode == null ? "" : rawCode.strip();
        if (code.isEmpty()) {
            errors.add(FieldError.of("code", "unit.code.required"));
        } else if (code.length() > CODE_MAX || !CODE.matcher(code).matches()) {
            errors.add(FieldError.of("code", "unit.code.format", CODE_MAX));
        } else if (em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code).getResultStream()
                .anyMatch(other -> !other.id().equals(unitId))) {
            errors.add(FieldError.of("code", "unit.code.taken", code));
        }

        String nameZh = name(rawNameZh, "nameZh", NAME_ZH_MAX, errors);
        String nameEn = name(rawNameEn, "nameEn", NAME_EN_MAX, errors);

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
        if (rawJurisdiction == null || rawJurisdiction.isEmpty()) {
            errors.add(FieldError.of("jurisdiction", "unit.jurisdiction.required"));
        } else if (rawJurisdiction.size() > PREFIXES_MAX) {
            errors.add(FieldError.of("jurisdiction", "unit.jurisdiction.tooMany", PREFIXES_MAX));
        } else {
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
        return new Description(code, nameZh, nameEn, kind, jurisdiction);
    }

    /** The division a prefix stands for: "33" is 330000 (浙江省), "3305" is 330500 (湖州市). */
    static String divisionCode(String prefix) {
        return prefix.length() < 6 ? (prefix + "0000").substring(0, 6) : prefix;
    }

    private static String name(String raw, String field, int max, List<FieldError> errors) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            errors.add(FieldError.of(field, "unit." + field + ".required"));
        } else if (name.codePointCount(0, name.length()) > max) {
            errors.add(FieldError.of(field, "unit." + field + ".length", max));
        }
        return name;
    }

    private static String allowedKinds() {
        return Arrays.stream(UnitKind.values()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A unit's checked description. */
    public record Description(String code, String nameZh, String nameEn, UnitKind kind, Set<String> jurisdiction) {
    }
}
