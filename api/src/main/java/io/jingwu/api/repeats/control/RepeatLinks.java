package io.jingwu.api.repeats.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.repeats.entity.Fingerprint;
import io.jingwu.api.repeats.entity.RepeatKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a new request's fingerprints and links it to the earlier requests they match, in the caller's
 * transaction; reads the links of requests in both directions. Requests submitted at the very same moment do not
 * see each other's uncommitted fingerprints, so such a pair stays unlinked.
 */
@ApplicationScoped
public class RepeatLinks {

    /** The newest matches linked per kind: a hot spot must not make one submission write thousands of rows. */
    public static final int MAX_LINKS_PER_KIND = 20;

    private static final String LINK_EQUAL = """
            INSERT INTO request_links (request_id, linked_request_id, kind, created_at)
            SELECT ?, f.request_id, f.kind, ? FROM request_fingerprints f
            WHERE f.kind = ? AND f.value = ? AND f.created_at >= ? AND f.created_at <= ? AND f.request_id <> ?
            ORDER BY f.created_at DESC, f.request_id DESC LIMIT %d""".formatted(MAX_LINKS_PER_KIND);

    private static final String LINK_SIMILAR = """
            INSERT INTO request_links (request_id, linked_request_id, kind, created_at)
            SELECT ?, f.request_id, f.kind, ? FROM request_fingerprints f
            WHERE f.kind = ? AND f.request_type = ? AND f.created_at >= ? AND f.created_at <= ? AND f.request_id <> ?
              AND BIT_COUNT(f.value ^ ?) <= ?
            ORDER BY f.created_at DESC, f.request_id DESC LIMIT %d""".formatted(MAX_LINKS_PER_KIND);

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    RepeatSettings settings;

    /** @param requestId a request already written (flushed) in the caller's transaction */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linkAndStore(long requestId, RequestType type, Instant createdAt, List<Fingerprint> fingerprints) {
        LocalDateTime at = utc(createdAt);
        for (Fingerprint fingerprint : fingerprints) {
            RepeatKind kind = fingerprint.kind();
            LocalDateTime since = utc(createdAt.minus(settings.window(kind)));
            Query link = kind == RepeatKind.SIMILAR_TEXT
                    ? em.createNativeQuery(LINK_SIMILAR).setParameter(4, type.name())
                        .setParameter(8, fingerprint.value()).setParameter(9, settings.maxDistance())
                    : em.createNativeQuery(LINK_EQUAL).setParameter(4, fingerprint.value());
            link.setParameter(1, requestId).setParameter(2, at).setParameter(3, kind.name())
                    .setParameter(5, since).setParameter(6, at).setParameter(7, requestId)
                    .executeUpdate();
            em.createNativeQuery("INSERT INTO request_fingerprints (request_id, kind, request_type, value, created_at)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, requestId).setParameter(2, kind.name()).setParameter(3, type.name())
                    .setParameter(4, fingerprint.value()).setParameter(5, at)
                    .executeUpdate();
        }
    }

    /** For each of the requests, the requests linked to it in either direction and by which kinds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Map<Long, Set<RepeatKind>>> linksOf(Collection<Long> requestIds) {
        Map<Long, Map<Long, Set<RepeatKind>>> links = new LinkedHashMap<>();
        if (requestIds.isEmpty()) {
            return links;
        }
        String ids = requestIds.stream().map(id -> Long.toString(id)).collect(Collectors.joining(", "));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT request_id, linked_request_id, kind FROM request_links WHERE request_id IN (" + ids + ")"
                                + " UNION ALL SELECT linked_request_id, request_id, kind FROM request_links"
                                + " WHERE linked_request_id IN (" + ids + ")")
                .getResultList();
        for (Object[] row : rows) {
            links.computeIfAbsent(((Number) row[0]).longValue(), id -> new LinkedHashMap<>())
                    .computeIfAbsent(((Number) row[1]).longValue(), id -> EnumSet.noneOf(RepeatKind.class))
                    .add(RepeatKind.valueOf((String) row[2]));
        }
        return links;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
