package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.validation.Required;

/**
 * The body of {@code PUT /api/v1/staff/me/password}: the member's current password and the one they choose. The
 * new one's rules depend on the member's name ({@code PasswordPolicy}).
 */
public record PasswordChange(@Required(spacesCount = true, message = "{staff.currentPassword.required}")
                             String currentPassword,
                             String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
