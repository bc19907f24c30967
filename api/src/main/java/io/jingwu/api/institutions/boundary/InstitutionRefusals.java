package io.jingwu.api.institutions.boundary;

import io.jingwu.api.institutions.entity.Admission;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Refusal;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * How every endpoint of the relying institutions refuses a caller that
 * {@link io.jingwu.api.institutions.control.InstitutionKeys#admit} did not admit, the same way everywhere:
 * <ul>
 *     <li>{@code UNKNOWN}: 401 {@code institution-key-refused}, whatever was wrong with the key (missing, malformed,
 *     unknown, replaced, revoked), so that a caller learns nothing about other institutions' keys;</li>
 *     <li>{@code TOO_MANY}: 429 {@code institution-too-many-checks} with {@code Retry-After};</li>
 *     <li>{@code WRONG_KIND}: 403 {@code institution-wrong-kind}: the key is genuine, the endpoint is for another kind
 *     of institution.</li>
 * </ul>
 * A resource either calls {@code InstitutionRefusals.require(keys.admit(apiKey))} and lets the API answer,
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
     * @throws InstitutionRefusedException otherwise, answered 401 or 429
     */
    public static Admission require(Admission admission) {
        if (admission.admitted()) {
            return admission;
        }
        throw new InstitutionRefusedException(admission);
    }

    /**
     * The refusal of an admission that did not admit the caller.
     *
     * @throws IllegalArgumentException for an admitted caller, who is not refused
     */
    static Refusal refusal(Admission admission) {
        return switch (admission.outcome()) {
            case UNKNOWN -> Refusal.of(401, "institution-key-refused")
                    .withHeader(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
            case TOO_MANY -> Refusal.of(429, "institution-too-many-checks")
                    .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            case WRONG_KIND -> Refusal.of(403, "institution-wrong-kind");
            case ADMITTED -> throw new IllegalArgumentException("An admitted caller is not refused");
        };
    }

    /** The problem answering an admission that did not admit the caller. */
    public static Response response(Admission admission, Language language) {
        return refusal(admission).toResponse(language);
    }
}
