package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.platform.revisions.Revisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/** Where service definitions are kept, and the revision number that moves with every change of them. */
@ApplicationScoped
public class ServiceDefinitions {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Revisions revisions;

    /** As the caller's transaction sees it. */
    public long revision() {
        return revisions.of(List.of(Revisions.SERVICE_CATALOGUE));
    }

    /**
     * Every definition as committed, outside the caller's transaction, with the revision it was committed at
     * (read first, so the definitions are at least that new).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ServiceCatalogue.Snapshot committed() {
        long revision = revision();
        return new ServiceCatalogue.Snapshot(revision, all());
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
        revisions.moved(Revisions.SERVICE_CATALOGUE);
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
