package io.jingwu.api.staff.boundary;

import java.util.List;

/** The body of {@code PATCH /api/v1/admin/users/{username}}: what is given changes, what is left out stays. */
public record StaffUserChange(String displayName, List<String> roles, List<String> unitCodes, Boolean active) {
}
