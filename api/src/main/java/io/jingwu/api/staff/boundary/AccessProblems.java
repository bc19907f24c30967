package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.problems.InCallersLanguage;
import io.jingwu.api.platform.problems.Problem;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * How a protected resource refuses, as problem documents in the caller's language (never the server's HTML
 * error page): 401 when nobody is signed in or the token was refused, 403 when the signed-in role may not.
 * These exceptions come from Payara's {@code @RolesAllowed} check on JAX-RS resources.
 */
public final class AccessProblems {

    static final String CHALLENGE = "Bearer realm=\"jingwu\"";

    private AccessProblems() {
    }


    @Provider
    public static class NotSignedIn extends InCallersLanguage implements ExceptionMapper<NotAuthorizedException> {
        @Override
        public Response toResponse(NotAuthorizedException e) {
            boolean rejected = request() != null && request().getAttribute(StaffAuthentication.REJECTED_TOKEN) != null;
            Response problem = Problem.response(401, rejected ? "token-rejected" : "unauthenticated", language());
            return Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, rejected ? CHALLENGE + ", error=\"invalid_token\"" : CHALLENGE)
                    .build();
        }
    }

    @Provider
    public static class NotAllowed extends InCallersLanguage implements ExceptionMapper<ForbiddenException> {
        @Override
        public Response toResponse(ForbiddenException e) {
            return Problem.response(403, "forbidden", language());
        }
    }
}
