package io.jingwu.api.staff.boundary;

/** The body of {@code POST /api/v1/auth/token}. */
public record TokenRequest(String username, String password) {

    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]";
    }
}
