package io.jingwu.api.staff.entity;

import java.util.Set;

/**
 * A signed-in member of staff as the rules see them: a username (recorded in every event they cause), their
 * roles and the units they serve. A value, not an account: whoever signed them in built it.
 */
public record StaffActor(String username, Set<StaffRole> roles, Set<Long> unitIds) {

    public StaffActor {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("A member of staff needs a username");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        unitIds = unitIds == null ? Set.of() : Set.copyOf(unitIds);
    }

    public boolean isClerk() {
        return roles.contains(StaffRole.CLERK);
    }

    public boolean isSupervisor() {
        return roles.contains(StaffRole.SUPERVISOR);
    }

    public boolean servesUnit(Long unitId) {
        return unitId != null && unitIds.contains(unitId);
    }
}
