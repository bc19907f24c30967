package io.jingwu.api.staff.boundary;

import java.util.List;

/**
 * The body of {@code POST /api/v1/admin/users}.
 *
 * @param roles     CLERK, SUPERVISOR and/or ADMIN
 * @param unitCodes the units whose queues the user works (required for clerks and supervisors)
 */
public record NewStaffUser(String username, String displayName, String password, List<String> roles,
                           List<String> unitCodes) {

    @Override
    public String toString() {
        return "NewStaffUser[username=" + username + ", roles=" + roles + ", unitCodes=" + unitCodes + "]";
    }
}
