package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.validation.Required;

/** The body of {@code POST /api/v1/auth/token}; a password is taken as typed, spaces included. */
public record TokenRequest(@Required(message = "{signIn.username.required}") String username,
                           @Required(spacesCount = true, message = "{signIn.password.required}") String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]";
    }
}
