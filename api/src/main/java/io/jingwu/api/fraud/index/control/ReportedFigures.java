package io.jingwu.api.fraud.index.control;

import io.jingwu.api.fraud.index.entity.IndexWindow;
import io.jingwu.api.fraud.index.entity.ScamKindCount;
import io.jingwu.api.fraud.index.entity.WindowFigures;
import io.jingwu.api.fraud.scams.entity.ScamKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Adds up the fraud reports ({@code fraud_cases}) of a county submitted in a window, by the catalogue's fraud report
 * categories. The county and submission time are one index, so a window reads only its own rows.
 */
@ApplicationScoped
public class ReportedFigures {

    /** The fraud report categories the index counts (the service catalogue's FRAUD_REPORT categories). */
    static final String VICTIM = "money-lost";
    static final String SUSPICIOUS_CONTACT = "suspicious-contact";
    static final String BANK_ALARM = "bank-counter-alert";

    /**
     * A stop-payment counts against a loss only: on a bank alarm it keeps money that was never lost. A report's stop
     * is never more than its loss (recorded so), so the net loss is never negative.
     */
    private static final String FIGURES = """
            SELECT COALESCE(SUM(category = ?), 0), COALESCE(SUM(category = ?), 0), COALESCE(SUM(category = ?), 0),
                   COALESCE(SUM(amount_lost), 0),
                   COALESCE(SUM(CASE WHEN amount_lost IS NOT NULL THEN amount_stopped END), 0)
            FROM fraud_cases
            WHERE county_code = ? AND reported_at >= ? AND reported_at < ?""";

    private static final String SCAM_KINDS = """
            SELECT scam_kind, COUNT(*) FROM fraud_cases
            WHERE county_code = ? AND reported_at >= ? AND reported_at < ? AND scam_kind IS NOT NULL
            GROUP BY scam_kind""";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    public WindowFigures of(String countyCode, IndexWindow window) {
        Object[] row = (Object[]) em.createNativeQuery(FIGURES)
                .setParameter(1, VICTIM)
                .setParameter(2, SUSPICIOUS_CONTACT)
                .setParameter(3, BANK_ALARM)
                .setParameter(4, countyCode)
                .setParameter(5, utc(window.start()))
                .setParameter(6, utc(window.end()))
                .getSingleResult();
        return new WindowFigures(count(row[0]), count(row[1]), count(row[2]), amount(row[3]), amount(row[4]));
    }

    /** The reports per kind of scam named; kinds without a report are left out. */
    public List<ScamKindCount> scamKinds(String countyCode, IndexWindow window) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(SCAM_KINDS)
                .setParameter(1, countyCode)
                .setParameter(2, utc(window.start()))
                .setParameter(3, utc(window.end()))
                .getResultList();
        return rows.stream().flatMap(row -> kind((String) row[0]).stream()
                .map(kind -> new ScamKindCount(kind, count(row[1])))).toList();
    }

    private static Optional<ScamKind> kind(String name) {
        return Arrays.stream(ScamKind.values()).filter(kind -> kind.name().equals(name)).findFirst();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static int count(Object value) {
        return ((Number) value).intValue();
    }

    private static BigDecimal amount(Object value) {
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
