package io.jingwu.api.staff.entity;

import java.util.Set;

/**
 * Announced, inside the administrator's transaction, when an account is switched off, so that the work it held
 * goes back to others ({@code requests} observes it; staff knows nothing of requests).
 *
 * @param roles the roles the account had
 * @param by    the administrator who switched it off
 */
public record StaffSwitchedOff(String username, Set<StaffRole> roles, String by) {

    public StaffSwitchedOff {
        roles = Set.copyOf(roles);
    }

    public boolean wasSupervisor() {
        return roles.contains(StaffRole.SUPERVISOR);
    }
}
