package io.jingwu.api.repeats.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.repeats.entity.Fingerprint;
import io.jingwu.api.repeats.entity.RepeatKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a new request's fingerprints and links it to the earlier requests they match, in the caller's
 * transaction, in three statements whatever the city's volume: one links (the newest matches of every kind, each
 * found in an index range), one stores the fingerprints, one indexes the text's. Also reads the links of requests
 * in both directions. Requests submitted at the very same moment do not see each other's uncommitted
 * fingerprints, so such a pair stays unlinked.
 */
@ApplicationScoped
public class RepeatLinks {

    /** The newest matches linked per kind: a hot spot must not make one submission write thousands of rows. */
    public static final int MAX_LINKS_PER_KIND = 20;

    private static final String NEWEST = " ORDER BY created_at DESC, request_id DESC LIMIT " + MAX_LINKS_PER_KIND;

    /** Same phone or place: one range of request_fingerprints_equal. */
    private static final String EQUAL = "SELECT request_id, created_at FROM request_fingerprints WHERE kind = ? AND value = ?"
            + " AND created_at >= ? AND created_at <= ? AND request_id <> ?" + NEWEST;

    /**
     * Similar text: the newest matches among the rows sharing one block. Every match shares a block with the new
     * fingerprint, and one of the newest matches overall is among the newest of its block's matches, so the
     * newest of the union of the blocks' are the newest of all, as a scan of the scope would find them.
     */
    private static final String SHARING_A_BLOCK = "SELECT request_id, created_at FROM similar_text_blocks"
            + " WHERE request_type = ? AND county = ? AND block = ? AND bits = ? AND created_at >= ? AND created_at <= ?"
            + " AND request_id <> ? AND BIT_COUNT(value ^ ?) <= ?" + NEWEST;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    RepeatSettings settings;

    /**
     * @param requestId    a request already written (flushed) in the caller's transaction
     * @param divisionCode the request's: similar texts are looked for in its county
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void linkAndStore(long requestId, RequestType type, String divisionCode, Instant createdAt,
                             List<Fingerprint> fingerprints) {
        if (fingerprints.isEmpty()) {
            return;
        }
        LocalDateTime at = utc(createdAt);
        List<String> matches = new ArrayList<>();
        List<Object> parameters = new ArrayList<>(List.of(requestId, at));
        for (Fingerprint fingerprint : fingerprints) {
            RepeatKind kind = fingerprint.kind();
            LocalDateTime since = utc(createdAt.minus(settings.window(kind)));
            String newest = kind == RepeatKind.SIMILAR_TEXT
                    ? similar(fingerprint.value(), type, SimilarTextBlocks.county(divisionCode), since, at, requestId,
                        parameters)
                    : equal(fingerprint, since, at, requestId, parameters);
            matches.add("(SELECT request_id, '" + kind.name() + "' AS kind FROM (" + newest + ") " + kind.name() + ")");
        }
        execute("INSERT INTO request_links (request_id, linked_request_id, kind, created_at) SELECT ?, m.request_id, m.kind, ?"
                + " FROM (" + String.join(" UNION ALL ", matches) + ") m", parameters);

        List<Object> rows = new ArrayList<>();
        for (Fingerprint fingerprint : fingerprints) {
            rows.addAll(List.of(requestId, fingerprint.kind().name(), type.name(), fingerprint.value(), at));
        }
        execute("INSERT INTO request_fingerprints (request_id, kind, request_type, value, created_at) VALUES "
                + String.join(", ", Collections.nCopies(fingerprints.size(), "(?, ?, ?, ?, ?)")), rows);
        if (fingerprints.stream().anyMatch(print -> print.kind() == RepeatKind.SIMILAR_TEXT)) {
            execute(SimilarTextBlocks.INDEX_REQUEST, List.of(requestId));
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

    /** The newest earlier requests with the same value: the statement, its parameters added to the list. */
    private static String equal(Fingerprint fingerprint, LocalDateTime since, LocalDateTime at, long requestId,
                                List<Object> parameters) {
        parameters.addAll(List.of(fingerprint.kind().name(), fingerprint.value(), since, at, requestId));
        return EQUAL;
    }

    /** The newest earlier requests near the text in its scope: the union of one range per block. */
    private String similar(long value, RequestType type, String county, LocalDateTime since, LocalDateTime at,
                           long requestId, List<Object> parameters) {
        for (int block : SimilarTextBlocks.blocks()) {
            parameters.addAll(List.of(type.name(), county, block, SimilarTextBlocks.bits(value, block), since, at,
                    requestId, value, settings.maxDistance()));
        }
        return SimilarTextBlocks.blocks().stream().map(block -> "(" + SHARING_A_BLOCK + ")")
                .collect(Collectors.joining(" UNION ", "SELECT request_id, created_at FROM (", ") s" + NEWEST));
    }

    /**
     * On the transaction's own connection, past the JPA provider: these statements are long and carry ninety
     * parameters, and the provider's rewriting of native SQL and of date parameters cost more than the database's
     * work (one create in six was spent there).
     */
    private void execute(String sql, List<Object> parameters) {
        try (PreparedStatement statement = em.unwrap(Connection.class).prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
