package io.jingwu.api.platform.revisions;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The revisions of the reference data each instance keeps in memory ({@code reference_revisions}): a change moves
 * its data's revision in its own transaction, and every instance reloads what it holds when the revision it reads
 * is not the one it loaded at. So an administrator's change applies with its commit everywhere, without messages
 * between instances and without a time to live.
 * <p>
 * A transaction reads every revision once, with its first question, and keeps the answer to its end: a create
 * asks about the catalogue, the routing rules and the SLA policies, and one read serves all three. Reading them
 * again could only show a change committed since, which the transaction would then mix with data it already used.
 */
@ApplicationScoped
public class Revisions {

    public static final String UNITS = "units";
    public static final String ROUTING_RULES = "routing-rules";
    public static final String SLA_POLICIES = "sla-policies";
    public static final String WORKING_CALENDAR = "working-calendar";
    public static final String SERVICE_CATALOGUE = "service-catalogue";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    /** Where a transaction keeps the revisions it has read; none when built by hand (no caching then). */
    @Resource
    TransactionSynchronizationRegistry transactions;

    protected Revisions() {
    }

    public Revisions(EntityManager em) {
        this.em = em;
    }

    public Revisions(EntityManager em, TransactionSynchronizationRegistry transactions) {
        this.em = em;
        this.transactions = transactions;
    }

    /**
     * One number that moves whenever any of the named revisions moves (their sum: revisions only grow), as the
     * caller's transaction sees them. Reading it does not flush the caller's unwritten changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long of(List<String> names) {
        Map<String, Long> all = all();
        return names.stream().mapToLong(name -> all.getOrDefault(name, 0L)).sum();
    }

    /** Marks the named data changed by the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(String name) {
        em.createNativeQuery("UPDATE reference_revisions SET revision = revision + 1 WHERE name = ?")
                .setParameter(1, name).executeUpdate();
        if (inTransaction()) {
            // read again on the next question: the transaction sees its own change
            transactions.putResource(Revisions.class, null);
        }
    }

    /**
     * Loads data as committed, outside the caller's transaction, with the revision it was committed at: read
     * first, so the data is at least as new as the revision it is held under.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> Revised<T> committed(List<String> names, LongFunction<T> load) {
        long revision = of(names);
        return new Revised<>(revision, load.apply(revision));
    }

    private Map<String, Long> all() {
        if (!inTransaction()) {
            return read();
        }
        @SuppressWarnings("unchecked")
        Map<String, Long> read = (Map<String, Long>) transactions.getResource(Revisions.class);
        if (read == null) {
            read = read();
            transactions.putResource(Revisions.class, read);
        }
        return read;
    }

    private boolean inTransaction() {
        return transactions != null && transactions.getTransactionKey() != null;
    }

    private Map<String, Long> read() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT name, revision FROM reference_revisions")
                .setFlushMode(FlushModeType.COMMIT).getResultList();
        Map<String, Long> revisions = new HashMap<>();
        for (Object[] row : rows) {
            revisions.put((String) row[0], ((Number) row[1]).longValue());
        }
        return Map.copyOf(revisions);
    }

    /** Data and the revision it was loaded at. */
    public record Revised<T>(long revision, T value) {
    }
}
