package io.jingwu.api.institutions.entity;

/**
 * What {@code InstitutionKeys.admit} decided about a caller's API key.
 *
 * @param outcome         {@link Outcome#ADMITTED}, or why not
 * @param institutionId   the institution the key belongs to; 0 when the key is {@link Outcome#UNKNOWN}
 * @param institutionName its name; null when the key is {@link Outcome#UNKNOWN}
 * @param kind            a bank, a hotel ...; null when the key is {@link Outcome#UNKNOWN}
 */
public record Admission(Outcome outcome, long institutionId, String institutionName, InstitutionKind kind) {

    public enum Outcome {
        /** A genuine, active key with room in its allowance; the check was counted. */
        ADMITTED,
        /** No key, a malformed one, an unknown one, a replaced one or a revoked institution's: all alike. */
        UNKNOWN,
        /** A genuine key whose institution has used up its checks of the last minute; nothing was counted. */
        TOO_MANY,
        /** A genuine key of a kind of institution the endpoint is not for (a hotel raising a bank's alarm). */
        WRONG_KIND
    }

    public Admission {
        if (outcome == null) {
            throw new IllegalArgumentException("An admission has an outcome");
        }
    }

    /** The answer to a key that opens nothing; it names no institution. */
    public static Admission unknown() {
        return new Admission(Outcome.UNKNOWN, 0, null, null);
    }

    public static Admission of(Outcome outcome, RelyingInstitution institution) {
        return new Admission(outcome, institution.id(), institution.name(), institution.kind());
    }

    public boolean admitted() {
        return outcome == Outcome.ADMITTED;
    }
}
