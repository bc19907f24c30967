package io.jingwu.api.staff.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

/** The body of {@code POST /api/v1/auth/token}; a password is taken as typed, spaces included. */
public record TokenRequest(@NotBlank(message = "{signIn.username.required}") String username,
                           @NotEmpty(message = "{signIn.password.required}") String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]";
    }
}
