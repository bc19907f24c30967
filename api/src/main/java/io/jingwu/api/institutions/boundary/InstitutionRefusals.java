package io.jingwu.api.institutions.boundary;

import io.jingwu.api.institutions.entity.Admission;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * How every endpoint of the relying institutions refuses a caller that
 * {@link io.jingwu.api.institutions.control.InstitutionKeys#admit} did not admit, the same way everywhere:
 * <ul>
 *     <li>{@code UNKNOWN}: 401 {@code institution-key-refused}, whatever was wrong with the key (missing, malformed,
 *     unknown, replaced, revoked), so that a caller learns nothing about other institutions' keys;</li>
 *     <li>{@code TOO_MANY}: 429 {@code institution-too-many-checks} with {@code Retry-After}.</li>
 * </ul>
 * A resource either calls {@code InstitutionRefusals.require(keys.admit(apiKey))} and lets {@link Refused} answer,
 * or builds the answer itself with {@link #response}. Both word the problem in the caller's language.
 */
public final class InstitutionRefusals {

    /** The request header carrying an institution's key. */
    public static final String HEADER = "X-Api-Key";
    /** The OpenAPI security scheme of the institutions' key, for {@code @SecurityRequirement(name = ...)}. */
    public static final String SCHEME = "institutionKey";
    /**
     * The allowance counts the checks of the last minute, so a minute from now every check counted so far has left
     * the window.
     */
    public static final int RETRY_AFTER_SECONDS = 60;

    static final String CHALLENGE = "ApiKey realm=\"jingwu\", header=\"" + HEADER + "\"";

    private InstitutionRefusals() {
    }

    /**
     * @return the admission, when it admits the caller
     * @throws InstitutionRefusedException otherwise, answered 401 or 429 by {@link Refused}
     */
    public static Admission require(Admission admission) {
        if (admission.admitted()) {
            return admission;
        }
        throw new InstitutionRefusedException(admission);
    }

    /**
     * The problem answering an admission that did not admit the caller.
     *
     * @throws IllegalArgumentException for an admitted caller, who is not refused
     */
    public static Response response(Admission admission, Language language) {
        return switch (admission.outcome()) {
            case UNKNOWN -> Response.fromResponse(Problem.response(401, "institution-key-refused", language))
                    .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE)
                    .build();
            case TOO_MANY -> Response.fromResponse(Problem.response(429, "institution-too-many-checks", language))
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER_SECONDS))
                    .build();
            case ADMITTED -> throw new IllegalArgumentException("An admitted caller is not refused");
        };
    }

    /** Answers {@link InstitutionRefusedException} in the language of {@code ?lang=}, else of Accept-Language. */
    @Provider
    public static class Refused implements ExceptionMapper<InstitutionRefusedException> {
        @Context
        HttpHeaders headers;

        @Context
        UriInfo uri;

        @Override
        public Response toResponse(InstitutionRefusedException e) {
            Language language = headers == null ? Language.DEFAULT : Language.requested(
                    uri == null ? null : uri.getQueryParameters().getFirst("lang"), headers.getAcceptableLanguages());
            return response(e.admission(), language);
        }
    }
}
