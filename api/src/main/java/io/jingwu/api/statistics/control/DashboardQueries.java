package io.jingwu.api.statistics.control;

import io.jingwu.api.catalogue.entity.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The series of a supervisor's dashboard that the published figures do not give, grouped in the database over a
 * range of {@code created_at} (the leading column of {@code requests_statistics}): requests per day and type,
 * satisfaction per week, the most frequent categories. Counts only, no personal data. Days are China's: the
 * stored UTC time plus eight hours (China keeps no summer time).
 */
@ApplicationScoped
public class DashboardQueries {

    private static final String CHINA_DAY = "DATE(created_at + INTERVAL 8 HOUR)";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    public record DailyCount(LocalDate day, RequestType type, long requests) {
    }

    /** @param weekStart the Monday the week starts on */
    public record WeeklySatisfaction(LocalDate weekStart, long rated, long satisfied) {
    }

    public record CategoryCount(RequestType type, String category, long requests) {
    }

    public List<DailyCount> perDayAndType(StatisticsScope period, Collection<Long> unitIds) {
        List<DailyCount> counts = new ArrayList<>();
        for (Object row : query("""
                SELECT %s AS day, type, COUNT(*)
                FROM requests FORCE INDEX (requests_statistics)
                WHERE created_at >= ? AND created_at < ? AND unit_id IN (%s)
                GROUP BY day, type ORDER BY day, type""", period, unitIds).getResultList()) {
            Object[] c = (Object[]) row;
            counts.add(new DailyCount(date(c[0]), RequestType.valueOf((String) c[1]), ((Number) c[2]).longValue()));
        }
        return counts;
    }

    /** Rated requests by the week they were submitted in; 4 or 5 counts as satisfied, as in the published rate. */
    public List<WeeklySatisfaction> satisfactionPerWeek(StatisticsScope period, Collection<Long> unitIds) {
        List<WeeklySatisfaction> weeks = new ArrayList<>();
        for (Object row : query("""
                SELECT %1$s - INTERVAL WEEKDAY(%1$s) DAY AS week, COUNT(rating), COUNT(CASE WHEN rating >= 4 THEN 1 END)
                FROM requests FORCE INDEX (requests_statistics)
                WHERE created_at >= ? AND created_at < ? AND unit_id IN (%2$s)
                GROUP BY week ORDER BY week""", period, unitIds).getResultList()) {
            Object[] c = (Object[]) row;
            weeks.add(new WeeklySatisfaction(date(c[0]), ((Number) c[1]).longValue(), ((Number) c[2]).longValue()));
        }
        return weeks;
    }

    /** The categories asked about most often, most first; requests without a category are left out. */
    public List<CategoryCount> topCategories(StatisticsScope period, Collection<Long> unitIds, int limit) {
        List<CategoryCount> top = new ArrayList<>();
        Query query = query("""
                SELECT type, category, COUNT(*) AS requests
                FROM requests FORCE INDEX (requests_statistics)
                WHERE created_at >= ? AND created_at < ? AND unit_id IN (%2$s) AND category IS NOT NULL
                GROUP BY type, category ORDER BY requests DESC, type, category""", period, unitIds);
        for (Object row : query.setMaxResults(limit).getResultList()) {
            Object[] c = (Object[]) row;
            top.add(new CategoryCount(RequestType.valueOf((String) c[0]), (String) c[1], ((Number) c[2]).longValue()));
        }
        return top;
    }

    /** Unit ids are numbers from the signed-in actor, never text from a request: safe to write into the SQL. */
    private Query query(String sql, StatisticsScope period, Collection<Long> unitIds) {
        String units = String.join(", ", unitIds.stream().map(id -> Long.toString(id)).toList());
        Query query = em.createNativeQuery(sql.formatted(CHINA_DAY, units));
        query.setParameter(1, period.startUtc());
        query.setParameter(2, period.endUtc());
        return query;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
    }
}
