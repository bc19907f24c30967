package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.staff.entity.StaffUser;
import io.jingwu.api.units.entity.Unit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * An account as administrators see it; never its password or hash.
 *
 * @param lockedUntil set while wrong passwords keep the account locked
 */
public record StaffUserView(String username, String displayName, List<String> roles, List<StaffUnit> units,
                            boolean active, Instant lockedUntil, Instant lastSignInAt, Instant createdAt) {

    static StaffUserView of(StaffUser user, Language language, Instant now) {
        return new StaffUserView(user.username(), user.displayName(),
                user.roles().stream().map(Enum::name).sorted().toList(),
                user.units().stream().sorted(Comparator.comparing(Unit::code)).map(u -> StaffUnit.of(u, language)).toList(),
                user.active(), user.isLockedAt(now) ? user.lockedUntil() : null, user.lastSignInAt(), user.createdAt());
    }

    /** A unit a member of staff serves. */
    public record StaffUnit(long id, String code, String name) {

        static StaffUnit of(Unit unit, Language language) {
            return new StaffUnit(unit.id(), unit.code(), unit.name(language));
        }
    }
}
