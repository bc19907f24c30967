package io.jingwu.api.statistics.control;

import io.jingwu.api.catalogue.entity.RequestType;
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
 * The queries behind the figures, grouped in the database so that no request is ever loaded: the counts per
 * (current unit, routed unit), and the median of each stage's duration per current unit and over the scope. All
 * read only the covering index {@code requests_statistics} (V18), over the range of the period.
 */
@ApplicationScoped
public class StatisticsQueries {

    /** 双非 types as SQL literals: enum names, fixed at build time. */
    private static final String DOUBLE_NON = Diversion.DOUBLE_NON.stream().map(RequestType::name)
            .map(name -> "'" + name + "'").collect(Collectors.joining(", "));

    /**
     * A stage is decided once it is done or its deadline passed; it was met when it is done and its deadline never
     * passed (a late accept or reply stamps the breach too), so met = decided - breached. COUNT of an expression
     * that is NULL when it does not apply: cheaper per row than SUM of a condition.
     */
    static final String COUNTS = """
            SELECT unit_id, routed_unit_id, COUNT(*),
                COUNT(NULLIF(backflow_count, 0)),
                SUM(type IN (%s)),
                COUNT(COALESCE(accepted_at, accept_breached_at)), COUNT(accept_breached_at),
                COUNT(COALESCE(resolved_at, resolve_breached_at)), COUNT(resolve_breached_at),
                COUNT(accepted_at), COUNT(resolved_at),
                COUNT(rating), COUNT(CASE WHEN rating >= 4 THEN 1 END), COALESCE(SUM(rating), 0)
            FROM requests FORCE INDEX (requests_statistics)
            WHERE created_at >= ? AND created_at < ?%s
            GROUP BY unit_id, routed_unit_id""";

    /**
     * The median of a stage's durations in whole minutes, per unit and (unit NULL) over the scope. Sorting every
     * duration (MEDIAN ... OVER) took seconds over a million requests; counting them per (minute, unit) instead
     * leaves a histogram of a few thousand rows per unit, in which the running count finds the middle: the value at
     * rank (n + 1) DIV 2 and the one at (n + 2) DIV 2, the same one for an odd n, averaged. ROLLUP adds the scope's
     * histogram (unit NULL) in the same scan, and a grand total (minute NULL) that is left out.
     * {@code %1$s}: the duration in minutes; {@code %2$s}: the stage was reached; {@code %3$s}: the filters.
     */
    static final String MEDIAN = """
            WITH histogram AS (
                     SELECT unit_id, %1$s AS minute, COUNT(*) AS requests
                     FROM requests FORCE INDEX (requests_statistics)
                     WHERE created_at >= ? AND created_at < ? AND %2$s%3$s
                     GROUP BY minute, unit_id WITH ROLLUP),
                 ranked AS (
                     SELECT unit_id, minute, requests,
                         SUM(requests) OVER (PARTITION BY unit_id ORDER BY minute) AS up_to,
                         SUM(requests) OVER (PARTITION BY unit_id) AS counted
                     FROM histogram
                     WHERE minute IS NOT NULL)
            SELECT unit_id, AVG(minute)
            FROM ranked
            WHERE up_to - requests < (counted + 2) DIV 2 AND up_to >= (counted + 1) DIV 2
            GROUP BY unit_id""";

    /** From entering the current unit's queue to the accept, rounded to the minute. */
    static final String ACCEPT_MINUTES = "ROUND(TIMESTAMPDIFF(SECOND, queued_at, accepted_at) / 60)";
    /** From submission to the latest reply less the waits for the citizen, rounded to the minute. */
    static final String RESOLVE_MINUTES = "ROUND((TIMESTAMPDIFF(SECOND, created_at, resolved_at) - paused_seconds) / 60)";

    /** Stands for the whole scope among unit ids, which start at 1. */
    private static final long TOTAL = 0;

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
            long acceptDecided = number(c[5]);
            long resolveDecided = number(c[7]);
            pairs.add(new PairCounts(number(c[0]), number(c[1]), new Counts(number(c[2]), number(c[3]),
                    number(c[4]), acceptDecided, acceptDecided - number(c[6]), resolveDecided,
                    resolveDecided - number(c[8]), number(c[9]), number(c[10]), number(c[11]), number(c[12]),
                    number(c[13]))));
        }
        return pairs;
    }

    /** With a unit, only the requests it holds now. */
    public ScopeMedians medians(StatisticsScope scope, Optional<Long> unitId) {
        Map<Long, Double> accept = median(ACCEPT_MINUTES, "accepted_at IS NOT NULL", scope, unitId);
        Map<Long, Double> resolve = median(RESOLVE_MINUTES, "resolved_at IS NOT NULL", scope, unitId);
        Map<Long, Medians> byUnit = new HashMap<>();
        accept.forEach((unit, minutes) -> byUnit.put(unit, new Medians(minutes, resolve.get(unit))));
        resolve.forEach((unit, minutes) -> byUnit.putIfAbsent(unit, new Medians(null, minutes)));
        Medians total = byUnit.getOrDefault(TOTAL, Medians.NONE);
        byUnit.remove(TOTAL);
        return new ScopeMedians(byUnit, total);
    }

    /** The median minutes per unit id, and over the scope under {@link #TOTAL}. */
    private Map<Long, Double> median(String minutes, String reached, StatisticsScope scope, Optional<Long> unitId) {
        List<Object> parameters = new ArrayList<>();
        String filters = filters(scope, parameters);
        if (unitId.isPresent()) {
            filters += " AND unit_id = ?";
            parameters.add(unitId.get());
        }
        Map<Long, Double> medians = new HashMap<>();
        for (Object row : query(MEDIAN.formatted(minutes, reached, filters), parameters).getResultList()) {
            Object[] m = (Object[]) row;
            medians.put(m[0] == null ? TOTAL : number(m[0]), decimal(m[1]));
        }
        return medians;
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
