package io.jingwu.api.routing.boundary;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.revisions.Revisions;
import io.jingwu.api.routing.entity.RoutingRule;
import io.jingwu.api.units.entity.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Routing rules as administrators keep them, taking effect at the next request on every instance. A rule that
 * would tie with an existing one (same type, category and prefix) is refused, naming the rule it ties with.
 */
@ApplicationScoped
@Transactional
public class RoutingRules {

    private static final Pattern PREFIX = Pattern.compile("|\\d{2}|\\d{4}|\\d{6}|\\d{9}");

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Divisions divisions;

    @Inject
    Revisions revisions;

    public List<RuleView> all() {
        return em.createNamedQuery(RoutingRule.ALL, RoutingRule.class).getResultStream().map(RuleView::of).toList();
    }

    public RuleView add(RuleInput input) {
        List<FieldError> errors = new ArrayList<>();
        String type = blankToEmpty(input.requestType());
        String category = blankToEmpty(input.category());
        String prefix = blankToEmpty(input.divisionPrefix());
        if (!type.isEmpty() && !RequestType.isKnown(type)) {
            errors.add(FieldError.of("requestType", "request.type.unknown", List.of(RequestType.values())));
        }
        if (!PREFIX.matcher(prefix).matches()
                || (!prefix.isEmpty() && divisions.fullNameOfPrefix(prefix).isEmpty())) {
            errors.add(FieldError.of("divisionPrefix", "unit.jurisdiction.format", prefix));
        }
        Optional<Unit> unit = em.createNamedQuery(Unit.BY_CODE, Unit.class)
                .setParameter("code", blankToEmpty(input.unitCode())).getResultStream().findFirst();
        if (unit.isEmpty()) {
            errors.add(FieldError.of("unitCode", "staff.unitCodes.unknown", blankToEmpty(input.unitCode())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        em.createNamedQuery(RoutingRule.ALL, RoutingRule.class).getResultStream()
                .filter(rule -> rule.requestType().equals(type) && rule.category().equals(category)
                        && rule.divisionPrefix().equals(prefix))
                .findFirst()
                .ifPresent(tie -> {
                    throw new InvalidInputException(List.of(FieldError.of("rule", "routing.rule.tie", tie.id())));
                });
        RoutingRule rule = new RoutingRule(type, category, prefix, unit.get(), clock.instant());
        em.persist(rule);
        em.flush(); // the unique key still refuses a tie created by another instance at the same moment
        revisions.moved(Revisions.ROUTING_RULES);
        return RuleView.of(rule);
    }

    public void remove(long id) {
        RoutingRule rule = em.find(RoutingRule.class, id);
        if (rule == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        if (rule.isFallback()) {
            throw new InvalidInputException(List.of(FieldError.of("rule", "routing.rule.fallback")));
        }
        em.createQuery("UPDATE ServiceRequest r SET r.routingRule = NULL WHERE r.routingRule = :rule")
                .setParameter("rule", rule).executeUpdate();
        em.remove(rule);
        revisions.moved(Revisions.ROUTING_RULES);
    }

    private static String blankToEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** A rule to add; blank type, category or prefix mean "any". */
    public record RuleInput(String requestType, String category, String divisionPrefix, String unitCode) {
    }

    /** A rule as administrators see it. */
    public record RuleView(long id, String requestType, String category, String divisionPrefix, String unitCode) {
        static RuleView of(RoutingRule rule) {
            return new RuleView(rule.id(), rule.requestType(), rule.category(), rule.divisionPrefix(), rule.unit().code());
        }
    }
}
