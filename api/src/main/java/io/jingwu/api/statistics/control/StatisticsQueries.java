package io.jingwu.api.statistics.control;

import io.jingwu.api.requests.entity.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The two queries behind the figures, grouped in the database so that no request is ever loaded: the counts per
 * (current unit, routed unit), and the medians per current unit and over the scope. Both read only the covering
 * index {@code requests_statistics} (V18), over the range of the period.
 */
@ApplicationScoped
public class StatisticsQueries {

    /** 双非 types as SQL literals: enum names, fixed at build time. */
    private static final String DOUBLE_NON = Diversion.DOUBLE_NON.stream().map(RequestType::name)
            .map(name -> "'" + name + "'").collect(Collectors.joining(", "));

    /**
     * A stage is decided once it is done or its deadline passed; it was met when it is done and its deadline never
     * passed (a late accept or reply stamps the breach too).
     */
    static final String COUNTS = """
            SELECT unit_id, routed_unit_id, COUNT(*),
                SUM(backflow_count > 0),
                SUM(type IN (%s)),
                SUM(accepted_at IS NOT NULL OR accept_breached_at IS NOT NULL),
                SUM(accepted_at IS NOT NULL AND accept_breached_at IS NULL),
                SUM(resolved_at IS NOT NULL OR resolve_breached_at IS NOT NULL),
                SUM(resolved_at IS NOT NULL AND resolve_breached_at IS NULL),
                COUNT(accepted_at), COUNT(resolved_at),
                COUNT(rating), COUNT(CASE WHEN rating >= 4 THEN 1 END), COALESCE(SUM(rating), 0)
            FROM requests FORCE INDEX (requests_statistics)
            WHERE created_at >= ? AND created_at < ?%s
            GROUP BY unit_id, routed_unit_id""";

    /**
     * MEDIAN ignores the NULLs of requests that did not reach a stage. DISTINCT leaves one row per unit; every row
     * carries the scope's medians too.
     */
    static final String MEDIANS = """
            SELECT DISTINCT unit_id,
                MEDIAN(accept_seconds) OVER (PARTITION BY unit_id), MEDIAN(resolve_seconds) OVER (PARTITION BY unit_id),
                MEDIAN(accept_seconds) OVER (), MEDIAN(resolve_seconds) OVER ()
            FROM (SELECT unit_id,
                      TIMESTAMPDIFF(MICROSECOND, queued_at, accepted_at) / 1000000 AS accept_seconds,
                      TIMESTAMPDIFF(MICROSECOND, created_at, resolved_at) / 1000000 - paused_seconds AS resolve_seconds
                  FROM requests FORCE INDEX (requests_statistics)
                  WHERE created_at >= ? AND created_at < ? AND (accepted_at IS NOT NULL OR resolved_at IS NOT NULL)%s
                 ) stages""";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    /**
     * With a unit, only the requests it holds now or that routing sent to it: both sides of its own figures.
     */
    public List<PairCounts> counts(StatisticsScope scope, Optional<Long> unitId) {
        List<Object> parameters = new ArrayList<>();
        String filters = filters(scope, parameters);
        if (unitId.isPresent()) {
            filters += " AND (unit_id = ? OR routed_unit_id = ?)";
            parameters.add(unitId.get());
            parameters.add(unitId.get());
        }
        List<PairCounts> pairs = new ArrayList<>();
        for (Object row : query(COUNTS.formatted(DOUBLE_NON, filters), parameters).getResultList()) {
            Object[] c = (Object[]) row;
            pairs.add(new PairCounts(number(c[0]), number(c[1]), new Counts(number(c[2]), number(c[3]),
                    number(c[4]), number(c[5]), number(c[6]), number(c[7]), number(c[8]), number(c[9]),
                    number(c[10]), number(c[11]), number(c[12]), number(c[13]))));
        }
        return pairs;
    }

    /** With a unit, only the requests it holds now. */
    public ScopeMedians medians(StatisticsScope scope, Optional<Long> unitId) {
        List<Object> parameters = new ArrayList<>();
        String filters = filters(scope, parameters);
        if (unitId.isPresent()) {
            filters += " AND unit_id = ?";
            parameters.add(unitId.get());
        }
        Map<Long, Medians> byUnit = new HashMap<>();
        Medians total = Medians.NONE;
        for (Object row : query(MEDIANS.formatted(filters), parameters).getResultList()) {
            Object[] m = (Object[]) row;
            byUnit.put(number(m[0]), new Medians(decimal(m[1]), decimal(m[2])));
            total = new Medians(decimal(m[3]), decimal(m[4]));
        }
        return new ScopeMedians(byUnit, total);
    }

    private static String filters(StatisticsScope scope, List<Object> parameters) {
        parameters.add(scope.startUtc());
        parameters.add(scope.endUtc());
        if (scope.divisionPrefix().isPresent()) {
            // digits only (checked when parsed): no LIKE wildcard can slip in
            parameters.add(scope.divisionPrefix().get() + "%");
            return " AND division_code LIKE ?";
        }
        return "";
    }

    private Query query(String sql, List<Object> parameters) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : ((Number) value).doubleValue();
    }
}
