package io.jingwu.api.staff.control;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks what administrators enter for an account that the input cannot declare, field by field, collecting every
 * problem at once: the roles and the units. Unit codes become units here; an unknown or inactive unit is a field
 * error, not a failure.
 */
@ApplicationScoped
public class StaffAccountRules {

    public static final int DISPLAY_NAME_MAX = 100;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    public Optional<Set<StaffRole>> roles(List<String> raw, List<FieldError> errors) {
        if (raw == null || raw.isEmpty()) {
            errors.add(FieldError.of("roles", "staff.roles.required", allowedRoles()));
            return Optional.empty();
        }
        Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);
        for (String role : raw) {
            Optional<StaffRole> known = Arrays.stream(StaffRole.values())
                    .filter(r -> role != null && r.name().equals(role.strip().toUpperCase(Locale.ROOT)))
                    .findFirst();
            if (known.isEmpty()) {
                errors.add(FieldError.of("roles", "staff.roles.unknown", String.valueOf(role), allowedRoles()));
                return Optional.empty();
            }
            roles.add(known.get());
        }
        return Optional.of(roles);
    }

    public Optional<Set<Unit>> units(List<String> codes, List<FieldError> errors) {
        if (codes == null) {
            return Optional.of(Set.of());
        }
        Set<Unit> units = new LinkedHashSet<>();
        for (String code : codes) {
            Optional<Unit> unit = code == null ? Optional.empty()
                    : em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code.strip())
                    .getResultStream().filter(Unit::active).findFirst();
            if (unit.isEmpty()) {
                errors.add(FieldError.of("unitCodes", "staff.unitCodes.unknown", String.valueOf(code)));
                return Optional.empty();
            }
            units.add(unit.get());
        }
        return Optional.of(units);
    }

    /**
     * A clerk or supervisor works the queues of at least one unit; anti-fraud staff serve at least one anti-fraud
     * centre, whose list they keep.
     */
    public void unitsFitRoles(Set<StaffRole> roles, Set<Unit> units, List<FieldError> errors) {
        if ((roles.contains(StaffRole.CLERK) || roles.contains(StaffRole.SUPERVISOR)) && units.isEmpty()) {
            errors.add(FieldError.of("unitCodes", "staff.unitCodes.required"));
        }
        if (roles.contains(StaffRole.ANTI_FRAUD) && units.stream().noneMatch(unit -> unit.kind() == UnitKind.ANTI_FRAUD_CENTRE)) {
            errors.add(FieldError.of("unitCodes", "staff.unitCodes.anti-fraud-centre"));
        }
    }

    private static String allowedRoles() {
        return Arrays.stream(StaffRole.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
