package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.staff.control.TooManySignInsException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 429 {@code too-many-sign-ins} with {@code Retry-After}, in the caller's language, for an address that failed too often. */
@Provider
public class TooManySignInsMapper implements ExceptionMapper<TooManySignInsException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(TooManySignInsException e) {
        return Response.fromResponse(Problem.response(429, "too-many-sign-ins", AccessProblems.language(headers)))
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfter().toSeconds()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
