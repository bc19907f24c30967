package io.jingwu.api.platform.rest;

/** The names of the API description's security schemes, for {@code @SecurityRequirement} on any component's resource. */
public final class SecuritySchemes {

    /** A staff member's bearer token from {@code POST /api/v1/auth/token}. */
    public static final String STAFF_TOKEN = "staffToken";

    private SecuritySchemes() {
    }
}
