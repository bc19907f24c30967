package io.jingwu.api.routing.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.revisions.ReferenceEntities;
import io.jingwu.api.platform.revisions.RevisedCache;
import io.jingwu.api.platform.revisions.Revisions;
import io.jingwu.api.routing.entity.RoutingRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.List;

/**
 * Decides which unit's queue a new request goes to, by the most specific routing rule that matches its type,
 * category and place, and says why in words a citizen understands. The rules in force (those of active units)
 * are held in memory behind the revisions of rules and units, so an administrator's change routes the next
 * request on every instance.
 */
@ApplicationScoped
public class RequestRouter {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Divisions divisions;

    @Inject
    Revisions revisions;

    private final RevisedCache<List<RoutingRule>> rulesInForce = new RevisedCache<>(
            List.of(Revisions.ROUTING_RULES, Revisions.UNITS),
            revision -> em.createNamedQuery(RoutingRule.IN_FORCE, RoutingRule.class).getResultList());

    protected RequestRouter() {
    }

    public RequestRouter(EntityManager em, Divisions divisions, Revisions revisions) {
        this.em = em;
        this.divisions = divisions;
        this.revisions = revisions;
    }

    /** @return the route, its rule (and unit) part of the caller's persistence context */
    public Route route(RequestType type, String category, String divisionCode, Language language) {
        String requestCategory = category == null ? "" : category;
        RoutingRule rule = rulesInForce.current(revisions).stream()
                .filter(r -> r.matches(type.name(), requestCategory, divisionCode))
                .min(RoutingRule.MOST_SPECIFIC_FIRST)
                .map(cached -> ReferenceEntities.attached(em, cached))
                .orElseThrow(() -> new IllegalStateException("No routing rule matches, not even the catch-all one"));
        String unitName = rule.unit().name(language);
        String typeName = Messages.text(language, "type." + type.name());
        String reason = rule.isFallback()
                ? Messages.text(language, "routing.fallback", unitName, typeName, divisions.fullName(divisionCode))
                : Messages.text(language, "routing.byRule", unitName, typeName, servedArea(rule, language));
        return new Route(rule, reason);
    }

    private String servedArea(RoutingRule rule, Language language) {
        return rule.divisionPrefix().isEmpty()
                ? Messages.text(language, "routing.anywhere")
                : divisions.fullNameOfPrefix(rule.divisionPrefix());
    }

    /** The route chosen: the rule that decided, and why in words for the citizen. */
    public record Route(RoutingRule rule, String reason) {
    }
}
