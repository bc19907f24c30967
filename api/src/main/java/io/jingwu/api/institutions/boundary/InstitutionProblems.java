package io.jingwu.api.institutions.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import jakarta.ws.rs.core.Response;

/** The administrators' refusals about institutions, as problem documents in the caller's language. */
public final class InstitutionProblems {

    private InstitutionProblems() {
    }

    static Response notFound(Language language) {
        return Problem.response(404, "institution-not-found", language);
    }
}
