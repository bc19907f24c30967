package io.jingwu.api.testing;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Each test in a transaction of its own on the {@link ComponentDatabase}, rolled back after it, so that tests see
 * only the rows they wrote themselves (and whatever other tests committed). The transaction begins when the test
 * instance is created, so field initialisers may already write. Register it on an instance field:
 * <pre>
 * &#64;RegisterExtension
 * final RolledBackTransaction database = new RolledBackTransaction();
 * </pre>
 * and hand {@link #em()} to the beans under test, as the container would inject it.
 */
public final class RolledBackTransaction implements AfterEachCallback {

    private final EntityManager em = ComponentDatabase.entityManagerFactory().createEntityManager();

    public RolledBackTransaction() {
        em.getTransaction().begin();
    }

    public EntityManager em() {
        return em;
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
        } finally {
            em.close();
        }
    }
}
