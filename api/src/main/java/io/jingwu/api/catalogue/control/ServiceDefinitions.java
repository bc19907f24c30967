package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;
import java.util.Optional;

/** Where service definitions are kept, and the revision number that moves with every change of them. */
@ApplicationScoped
public class ServiceDefinitions {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    public long revision() {
        return ((Number) em.createNativeQuery("SELECT revision FROM catalogue_revision WHERE id = 1")
                .getSingleResult()).longValue();
    }

    /** Active or not, by type and then in the order they are offered. */
    public List<ServiceDefinition> all() {
        return em.createNamedQuery(ServiceDefinition.ALL, ServiceDefinition.class).getResultList();
    }

    public Optional<ServiceDefinition> find(RequestType type, String category) {
        return em.createNamedQuery(ServiceDefinition.BY_KEY, ServiceDefinition.class)
                .setParameter("type", type)
                .setParameter("category", category)
                .getResultStream().findFirst();
    }

    /**
     * Stores the definition in place of the one of the same type and category, if any, and moves the revision,
     * all in the caller's transaction.
     *
     * @return whether the service is new
     */
    public boolean save(ServiceDefinition definition) {
        // First, so that the row lock makes concurrent changes of the catalogue wait for each other.
        em.createNativeQuery("UPDATE catalogue_revision SET revision = revision + 1 WHERE id = 1").executeUpdate();
        Optional<ServiceDefinition> previous = find(definition.type(), definition.category());
        previous.ifPresent(old -> {
            definition.replaces(old);
            em.remove(old);
            // The deletes must reach the database before the inserts that reuse the same unique keys.
            em.flush();
        });
        em.persist(definition);
        return previous.isEmpty();
    }
}
