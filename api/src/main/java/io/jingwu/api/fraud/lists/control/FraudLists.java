package io.jingwu.api.fraud.lists.control;

import io.jingwu.api.fraud.lists.entity.ListEntry;
import io.jingwu.api.fraud.lists.entity.ListedValue;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the anti-fraud list and the citizens' reports say of values: the entries in force for them, and how often
 * they were reported lately. Read-only; every question is answered from the keyed hashes alone.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FraudLists {

    /** The list's days are the anti-fraud centres' days. */
    public static final ZoneId CENTRES_ZONE = ZoneId.of("Asia/Shanghai");

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    /** How far back a citizen's report of a value counts towards "reported N times". */
    @Inject
    @ConfigProperty(name = "jingwu.fraud.reported-window-days", defaultValue = "90")
    int reportedWindowDays;

    /** The entries in force today for any of the values, by value. */
    public Map<ListedValue, List<ListEntry>> inForce(Collection<ListedValue> values) {
        if (values.isEmpty()) {
            return Map.of();
        }
        Map<String, ListedValue> byHash = values.stream()
                .collect(Collectors.toMap(ListedValue::hash, Function.identity(), (a, b) -> a));
        return em.createNamedQuery(ListEntry.IN_FORCE_BY_HASHES, ListEntry.class)
                .setParameter("hashes", byHash.keySet())
                .setParameter("today", today())
                .getResultList().stream()
                .filter(entry -> byHash.containsKey(entry.valueHash()) && byHash.get(entry.valueHash()).kind() == entry.kind())
                .collect(Collectors.groupingBy(entry -> byHash.get(entry.valueHash())));
    }

    /** Fraud reports naming the value within the reporting window. */
    public int timesReported(ListedValue value) {
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM fraud_reported_values"
                        + " WHERE value_hash = ? AND kind = ? AND reported_at >= ?")
                .setParameter(1, value.hash())
                .setParameter(2, value.kind().name())
                .setParameter(3, LocalDateTime.ofInstant(clock.instant().minus(reportedWindow()), ZoneOffset.UTC))
                .getSingleResult();
        return count.intValue();
    }

    public Duration reportedWindow() {
        return Duration.ofDays(reportedWindowDays);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), CENTRES_ZONE);
    }
}
