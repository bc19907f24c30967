package io.jingwu.api.staff.entity;

import java.io.Serializable;
import java.util.Set;

/**
 * A signed-in member of staff as the rules see them: a username (recorded in every event they cause), their
 * roles and the units they are bound to. A value, not an account: whoever signed them in built it. Serializable
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

    /**
     * Whether they work requests: clerks and supervisors do, administrators manage. The one rule behind the staff
     * API's {@code @RolesAllowed({"CLERK", "SUPERVISOR"})} and the workbench's request pages alike.
     */
    public boolean worksRequests() {
        return isClerk() || isSupervisor();
    }

    /**
     * The units whose requests they work: their units if they {@link #worksRequests() work requests}, none
     * otherwise (an administrator bound to a unit manages it, but reaches none of its requests).
     */
    public Set<Long> workedUnitIds() {
        return worksRequests() ? unitIds : Set.of();
    }

    /** Whether they work the requests of this unit (see {@link #workedUnitIds()}). */
    public boolean servesUnit(Long unitId) {
        return unitId != null && workedUnitIds().contains(unitId);
    }
}
