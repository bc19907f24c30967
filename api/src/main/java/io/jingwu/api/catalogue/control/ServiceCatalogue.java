package io.jingwu.api.catalogue.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.catalogue.entity.ServiceDefinition;
import io.jingwu.api.platform.revisions.HeldAtRevision;
import io.jingwu.api.platform.revisions.Revisions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * The catalogue as every request reads it: held in memory and reloaded whenever its revision in the database
 * (one of the {@link io.jingwu.api.platform.revisions.Revisions}, read once per transaction) has moved. So an
 * admin's change takes effect on every instance of the cluster with its commit, without a redeploy and without a
 * cache to invalidate across instances.
 * <p>
 * Loads run outside the caller's transaction: they see only committed definitions, and the definitions they
 * hand out are detached, shared and never changed (a change replaces a definition as a whole).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ServiceCatalogue {

    @Inject
    ServiceDefinitions definitions;

    private final HeldAtRevision<Snapshot> snapshot = new HeldAtRevision<>();

    protected ServiceCatalogue() {
    }

    public ServiceCatalogue(ServiceDefinitions definitions) {
        this.definitions = definitions;
    }

    /** The catalogue at its current revision. */
    public Snapshot current() {
        return snapshot.at(definitions.revision(), () -> {
            Snapshot committed = definitions.committed();
            return new Revisions.Revised<>(committed.revision(), committed);
        });
    }

    /** The active service a new request of this type and category is checked against. */
    public Optional<ServiceDefinition> active(RequestType type, String category) {
        return current().find(type, category).filter(ServiceDefinition::isActive);
    }

    /**
     * Every service of one revision, active or not.
     *
     * @param services by type, then in the order they are offered
     */
    public record Snapshot(long revision, List<ServiceDefinition> services) {

        public Snapshot {
            services = List.copyOf(services);
        }

        public Optional<ServiceDefinition> find(RequestType type, String category) {
            return services.stream().filter(s -> s.type() == type && s.category().equals(category)).findFirst();
        }

        public List<ServiceDefinition> active() {
            return services.stream().filter(ServiceDefinition::isActive).toList();
        }

        /** What a citizen may choose for a request of this type, in the order offered. */
        public List<String> activeCategories(RequestType type) {
            return services.stream().filter(s -> s.isActive() && s.type() == type)
                    .map(ServiceDefinition::category).toList();
        }
    }
}
