package io.jingwu.api.staff.boundary;

/** The answer of {@code POST /api/v1/auth/token}: exactly {@code {"token": "<signed JWT>"}}. */
public record TokenResponse(String token) {
}
