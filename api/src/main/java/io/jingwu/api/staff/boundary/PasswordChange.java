package io.jingwu.api.staff.boundary;

/** The body of {@code PUT /api/v1/staff/me/password}: the member's current password and the one they choose. */
public record PasswordChange(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
