package io.jingwu.api.platform.revisions;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * The revisions of the reference data each instance keeps in memory ({@code reference_revisions}): a change moves
 * its data's revision in its own transaction, and every instance reloads what it holds when the revision it reads
 * is not the one it loaded at. So an administrator's change applies with its commit everywhere, without messages
 * between instances and without a time to live.
 */
@ApplicationScoped
public class Revisions {

    public static final String UNITS = "units";
    public static final String ROUTING_RULES = "routing-rules";
    public static final String SLA_POLICIES = "sla-policies";
    public static final String WORKING_CALENDAR = "working-calendar";

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    protected Revisions() {
    }

    public Revisions(EntityManager em) {
        this.em = em;
    }

    /**
     * One number that moves whenever any of the named revisions moves (their sum: revisions only grow), as the
     * caller's transaction sees them. Reading it does not flush the caller's unwritten changes.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long of(List<String> names) {
        Query sum = em.createNativeQuery("SELECT SUM(revision) FROM reference_revisions WHERE name IN ("
                + String.join(", ", Collections.nCopies(names.size(), "?")) + ")").setFlushMode(FlushModeType.COMMIT);
        for (int i = 0; i < names.size(); i++) {
            sum.setParameter(i + 1, names.get(i));
        }
        Number revision = (Number) sum.getSingleResult();
        return revision == null ? 0 : revision.longValue();
    }

    /** Marks the named data changed by the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void moved(String name) {
        em.createNativeQuery("UPDATE reference_revisions SET revision = revision + 1 WHERE name = ?")
                .setParameter(1, name).executeUpdate();
    }

    /**
     * Loads data as committed, outside the caller's transaction, with the revision it was committed at: read
     * first, so the data is at least as new as the revision it is held under.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public <T> Revised<T> committed(List<String> names, Supplier<T> load) {
        long revision = of(names);
        return new Revised<>(revision, load.get());
    }

    /** Data and the revision it was loaded at. */
    public record Revised<T>(long revision, T value) {
    }
}
