package io.jingwu.api.requests.control;

import io.jingwu.api.divisions.control.Divisions;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.requests.entity.RequestType;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides which unit's queue a new request goes to: the first kind of unit that handles the request type
 * and serves the place, the unit serving it most closely (a township's unit before its county's); failing
 * all, the nationwide duty desk. The decision comes with its reason in words a citizen understands.
 */
@ApplicationScoped
public class RequestRouter {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Divisions divisions;

    public Routing route(RequestType type, String divisionCode, Language language) {
        List<Unit> units = em.createNamedQuery(Unit.ACTIVE, Unit.class).getResultList();
        String place = divisions.fullName(divisionCode);
        for (UnitKind kind : type.handledBy()) {
            Optional<Unit> closest = closest(units, kind, divisionCode);
            if (closest.isPresent()) {
                return new Routing(closest.get(), Messages.text(language, "routing.byJurisdiction",
                        closest.get().name(language), Messages.text(language, "type." + type.name()), place));
            }
        }
        Unit desk = closest(units, UnitKind.DUTY_DESK, divisionCode)
                .orElseThrow(() -> new IllegalStateException("No duty desk unit: reference data is incomplete"));
        return new Routing(desk, Messages.text(language, "routing.fallback",
                desk.name(language), Messages.text(language, "type." + type.name()), place));
    }

    private static Optional<Unit> closest(List<Unit> units, UnitKind kind, String divisionCode) {
        return units.stream()
                .filter(u -> u.kind() == kind && u.servingDepth(divisionCode) >= 0)
                .max(Comparator.comparingInt((Unit u) -> u.servingDepth(divisionCode))
                        .thenComparing(Unit::code, Comparator.reverseOrder()));
    }

    /** The chosen unit and why it was chosen. */
    public record Routing(Unit unit, String reason) {
    }
}
