package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.validation.NotOnlySpaces;
import io.jingwu.api.platform.validation.TextLength;
import io.jingwu.api.staff.control.StaffAccountRules;

import java.util.List;

/** The body of {@code PATCH /api/v1/admin/users/{username}}: what is given changes, what is left out stays. */
public record StaffUserChange(@NotOnlySpaces(message = "{staff.displayName.required}")
                              @TextLength(max = StaffAccountRules.DISPLAY_NAME_MAX, message = "{staff.displayName.length}")
                              String displayName,
                              List<String> roles,
                              List<String> unitCodes,
                              Boolean active) {
}
