package io.jingwu.api.staff.boundary;

/** The body of {@code PUT /api/v1/admin/users/{username}/password}. */
public record NewPassword(String password) {

    @Override
    public String toString() {
        return "NewPassword[***]";
    }
}
