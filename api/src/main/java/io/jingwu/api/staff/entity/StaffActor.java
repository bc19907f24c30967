package io.jingwu.api.staff.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * A signed-in member of staff as the rules see them: a username (recorded in every event they cause), their
 * roles and the units they serve. A value, not an account: whoever signed them in built it. Serializable
 * because the workbench keeps it in the (cluster-replicated) HTTP session.
 */
public record StaffActor(String username, Set<StaffRole> roles, Set<Long> unitIds) implements Serializable {

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

    public boolean isAdmin() {
        return roles.contains(StaffRole.ADMIN);
    }

    public boolean servesUnit(Long unitId) {
        return unitId != null && unitIds.contains(unitId);
    }
}
