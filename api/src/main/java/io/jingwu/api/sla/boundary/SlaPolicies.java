package io.jingwu.api.sla.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.revisions.Revisions;
import io.jingwu.api.platform.validation.Between;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.platform.validation.Texts;
import io.jingwu.api.platform.validation.Violations;
import io.jingwu.api.sla.entity.Basis;
import io.jingwu.api.sla.entity.SlaPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * SLA policies as administrators keep them. A change applies to the deadlines set from then on, on every
 * instance (nothing is cached); deadlines already set stay.
 */
@ApplicationScoped
@Transactional
public class SlaPolicies {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Revisions revisions;

    @Inject
    Clock clock;

    @Inject
    InputCheck inputs;

    public List<PolicyView> all() {
        return em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class).getResultStream().map(PolicyView::of).toList();
    }

    /** Creates the policy for its (type, category, priority), or changes the one there is. */
    public Upserted upsert(PolicyInput input) {
        List<FieldError> errors = new ArrayList<>();
        RequestType type = parse(RequestType.class, input.type());
        if (type == null) {
            errors.add(FieldError.of("type", "sla.policy.type.unknown", String.valueOf(input.type()),
                    Arrays.toString(RequestType.values())));
        }
        String category = Texts.stripped(input.category());
        if (category != null) {
            category = category.toLowerCase(Locale.ROOT);
            if (type != null && !knownCategory(type, category)) {
                errors.add(FieldError.of("category", "sla.policy.category.unknown", type, category));
            }
        }
        Priority priority = null;
        if (Texts.stripped(input.priority()) != null) {
            priority = parse(Priority.class, input.priority());
            if (priority == null) {
                errors.add(FieldError.of("priority", "sla.policy.priority.unknown", input.priority()));
            }
        }
        errors.addAll(inputs.errors(input));
        Basis basis = parse(Basis.class, input.basis());
        if (basis == null) {
            errors.add(FieldError.of("basis", "sla.policy.basis.unknown"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(Violations.inDeclaredOrder(PolicyInput.class, errors));
        }
        Optional<SlaPolicy> existing = find(type, category, priority);
        if (existing.isPresent()) {
            existing.get().change(input.acceptMinutes(), input.resolveMinutes(), basis, clock.instant());
            em.flush();
            revisions.moved(Revisions.SLA_POLICIES);
            return new Upserted(false, PolicyView.of(existing.get()));
        }
        SlaPolicy policy = new SlaPolicy(type, category, priority, input.acceptMinutes(), input.resolveMinutes(),
                basis, clock.instant());
        em.persist(policy);
        em.flush(); // the unique key refuses a twin created by another instance at the same moment
        revisions.moved(Revisions.SLA_POLICIES);
        return new Upserted(true, PolicyView.of(policy));
    }

    /** Removes a policy; a type's catch-all policy stays, so that every request keeps its deadlines. */
    public void remove(long id) {
        SlaPolicy policy = em.find(SlaPolicy.class, id);
        if (policy == null) {
            throw new NotFoundException();
        }
        if (policy.isCatchAll()) {
            throw new InvalidInputException(List.of(FieldError.of("id", "sla.policy.catchAll")));
        }
        em.remove(policy);
        revisions.moved(Revisions.SLA_POLICIES);
    }

    private Optional<SlaPolicy> find(RequestType type, String category, Priority priority) {
        return em.createNamedQuery(SlaPolicy.OF_TYPE, SlaPolicy.class).setParameter("type", type)
                .getResultStream().filter(p -> p.sameScope(type, category, priority)).findFirst();
    }

    private boolean knownCategory(RequestType type, String category) {
        return !em.createQuery("SELECT s.id FROM ServiceDefinition s WHERE s.type = :type AND s.category = :category")
                .setParameter("type", type).setParameter("category", category).getResultList().isEmpty();
    }

    private static <E extends Enum<E>> E parse(Class<E> kind, String name) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(kind, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * A policy to set; a blank category or priority means "any".
     *
     * @param resolveMinutes null when nothing is promised about resolving
     * @param basis          WORKING or WALL_CLOCK
     */
    public record PolicyInput(String type, String category, String priority,
                              @Required(message = "{sla.policy.minutes.positive}")
                              @Between(min = 1, message = "{sla.policy.minutes.positive}")
                              Integer acceptMinutes,
                              @Between(min = 1, message = "{sla.policy.minutes.positive}")
                              Integer resolveMinutes,
                              String basis) {
    }

    /** A policy as administrators see it; category and priority are null for "any". */
    public record PolicyView(long id, String type, String category, String priority, int acceptMinutes,
                             Integer resolveMinutes, String basis, boolean catchAll) {
        static PolicyView of(SlaPolicy policy) {
            return new PolicyView(policy.id(), policy.type().name(), policy.category().orElse(null),
                    policy.priority().map(Enum::name).orElse(null), policy.acceptMinutes(),
                    policy.resolveMinutes().orElse(null), policy.basis().name(), policy.isCatchAll());
        }
    }

    /** @param created whether the policy is new (201) rather than changed (200) */
    public record Upserted(boolean created, PolicyView policy) {
    }
}
