package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.TextLength;
import io.jingwu.api.staff.control.StaffAccountRules;
import io.jingwu.api.staff.control.Username;
import io.jingwu.api.staff.control.Usernames;

import java.util.List;

/**
 * The body of {@code POST /api/v1/admin/users}. The password's rules, the roles, the units and a name taken are
 * checked as code, by {@code PasswordPolicy} and {@link StaffAccountRules}.
 *
 * @param roles     CLERK, SUPERVISOR and/or ADMIN
 * @param unitCodes the units whose queues the user works (required for clerks and supervisors)
 */
public record NewStaffUser(@Required(message = "{staff.username.required}")
                           @Username(max = Usernames.MAX_LENGTH)
                           String username,
                           @Required(message = "{staff.displayName.required}")
                           @TextLength(max = StaffAccountRules.DISPLAY_NAME_MAX, message = "{staff.displayName.length}")
                           String displayName,
                           String password,
                           List<String> roles,
                           List<String> unitCodes) {

    @Override
    public String toString() {
        return "NewStaffUser[username=" + username + ", roles=" + roles + ", unitCodes=" + unitCodes + "]";
    }
}
