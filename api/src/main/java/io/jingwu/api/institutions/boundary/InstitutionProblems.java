package io.jingwu.api.institutions.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The administrators' refusals about institutions, as problem documents in the caller's language. */
public final class InstitutionProblems {

    private InstitutionProblems() {
    }

    static Response notFound(Language language) {
        return Problem.response(404, "institution-not-found", language);
    }

    @Provider
    public static class Revoked implements ExceptionMapper<InstitutionRevokedException> {
        @Context
        HttpHeaders headers;

        @Override
        public Response toResponse(InstitutionRevokedException e) {
            return Problem.response(409, "institution-revoked",
                    headers == null ? Language.DEFAULT : Language.negotiate(headers.getAcceptableLanguages()));
        }
    }
}
