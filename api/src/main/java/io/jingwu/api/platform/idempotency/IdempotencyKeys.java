package io.jingwu.api.platform.idempotency;

import io.jingwu.api.platform.crypto.Digests;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps the first answer per key and scope. {@link #remember} joins the caller's transaction, so the answer is
 * stored together with what it answers, or neither is; when two instances race with the same key, the unique
 * key lets one commit and the other's whole transaction roll back, after which it finds the winner's answer.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";

    /** Printable ASCII without spaces, as UUIDs and the usual client libraries make them. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,128}");

    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    /** @throws InvalidInputException when the header value cannot be a key */
    public static String checked(String key) {
        if (!KEY.matcher(key).matches()) {
            throw new InvalidInputException(List.of(FieldError.of(HEADER, "idempotency.key.invalid")));
        }
        return key;
    }

    /** A fingerprint of the body's content: maps are compared by content, not by the order of their members. */
    public static String hash(Object body) {
        return Digests.sha256(JSON.toJson(Canonical.of(body)));
    }

    /**
     * The first answer again, marked {@code Idempotent-Replayed}, when the retry sent the same body; 422
     * {@code idempotency-mismatch} when the key was used with another body.
     */
    public static Response replay(StoredAnswer earlier, String bodyHash, Language language) {
        if (!earlier.answers(bodyHash)) {
            return Problem.response(422, "idempotency-mismatch", language);
        }
        return Response.status(earlier.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .location(earlier.location() == null ? null : URI.create(earlier.location()))
                .header("Idempotent-Replayed", "true")
                .entity(earlier.body())
                .build();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<StoredAnswer> find(String scope, String key) {
        return em.createNamedQuery(StoredAnswer.BY_KEY, StoredAnswer.class)
                .setParameter("scope", scope)
                .setParameter("key", key)
                .getResultStream().findFirst();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String scope, String key, String bodyHash, int status, String body, String location) {
        em.persist(new StoredAnswer(scope, key, bodyHash, status, body, location, clock.instant()));
    }
}
