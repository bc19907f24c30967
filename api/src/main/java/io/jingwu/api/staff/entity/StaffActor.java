package io.jingwu.api.staff.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in member of staff of the current request: who they are, their roles and the units whose queues
 * they may see. Serializable because the workbench keeps it in the (cluster-replicated) HTTP session.
 */
public record StaffActor(String username, Set<StaffRole> roles, Set<Long> unitIds) implements Serializable {

    public StaffActor {
        roles = Set.copyOf(roles);
        unitIds = Set.copyOf(unitIds);
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

    /** Whether the unit is one of theirs; anything of another unit is answered as if it did not exist. */
    public boolean servesUnit(Long unitId) {
        return unitId != null && unitIds.contains(unitId);
    }
}
