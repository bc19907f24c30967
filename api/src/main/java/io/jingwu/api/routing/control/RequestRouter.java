package io.jingwu.api.routing.control;

import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.routing.entity.RoutingRule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Decides which unit's queue a new request goes to, by the most specific routing rule that matches its type,
 * category and place, and says why in words a citizen understands.
 */
@ApplicationScoped
public class RequestRouter {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Divisions divisions;

    public Route route(RequestType type, String category, String divisionCode, Language language) {
        String requestCategory = category == null ? "" : category;
        RoutingRule rule = em.createNamedQuery(RoutingRule.CANDIDATES, RoutingRule.class)
                .setParameter("type", type.name())
                .setParameter("category", requestCategory)
                .getResultStream()
                .filter(r -> r.matches(type.name(), requestCategory, divisionCode))
                .min(RoutingRule.MOST_SPECIFIC_FIRST)
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
