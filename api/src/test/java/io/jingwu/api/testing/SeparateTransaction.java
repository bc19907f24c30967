package io.jingwu.api.testing;

import jakarta.persistence.EntityManager;

/**
 * A transaction on a connection of its own, as another clerk's request or another instance would hold one: what
 * it locks, the others wait for or pass over. Rolled back when closed, unless {@link #commit() committed}.
 * <pre>
 * try (SeparateTransaction colleague = SeparateTransaction.begin()) { ... colleague.em() ... }
 * </pre>
 */
public final class SeparateTransaction implements AutoCloseable {

    private final EntityManager em;

    private SeparateTransaction(EntityManager em) {
        this.em = em;
    }

    public static SeparateTransaction begin() {
        EntityManager em = ComponentDatabase.entityManagerFactory().createEntityManager();
        em.getTransaction().begin();
        return new SeparateTransaction(em);
    }

    public EntityManager em() {
        return em;
    }

    public void commit() {
        em.getTransaction().commit();
    }

    /** Ends it, as a failed request would; closing again does nothing. */
    @Override
    public void close() {
        if (!em.isOpen()) {
            return;
        }
        try {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        } finally {
            em.close();
        }
    }
}
