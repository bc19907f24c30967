package io.jingwu.api.units.boundary;

import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.revisions.Revisions;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.units.control.UnitRules;
import io.jingwu.api.units.entity.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.Optional;

/**
 * What administrators do with units while the application runs: create them, describe them anew (names, kind,
 * jurisdiction), switch them off. Routing sees the change with the next request.
 */
@ApplicationScoped
@Transactional
public class Units {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    UnitRules rules;

    @Inject
    InputCheck inputs;

    @Inject
    Revisions revisions;

    /** @throws InvalidInputException listing every broken rule, or a code already taken */
    public UnitView create(UnitInput input) {
        UnitRules.Description d = check(input, null);
        Unit unit = Unit.create(d.code(), d.nameZh(), d.nameEn(), d.kind(), d.jurisdiction());
        flush(() -> em.persist(unit), d.code());
        revisions.moved(Revisions.UNITS);
        return UnitView.of(unit);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UnitView> list() {
        return em.createNamedQuery(Unit.ALL, Unit.class).getResultStream().map(UnitView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<UnitView> find(long id) {
        return Optional.ofNullable(em.find(Unit.class, id)).map(UnitView::of);
    }

    /** @return empty when there is no such unit */
    public Optional<UnitView> change(long id, UnitInput input) {
        Unit unit = em.find(Unit.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (unit == null) {
            return Optional.empty();
        }
        UnitRules.Description d = check(input, unit.id());
        unit.describe(d.code(), d.nameZh(), d.nameEn(), d.kind(), d.jurisdiction());
        if (input.active() != null) {
            unit.setActive(input.active());
        }
        flush(() -> { }, d.code());
        revisions.moved(Revisions.UNITS);
        return Optional.of(UnitView.of(unit));
    }

    private UnitRules.Description check(UnitInput input, Long unitId) {
        if (input == null) {
            throw new InvalidInputException(List.of(FieldError.of("body", "unit.body.required")));
        }
        return rules.check(input.code(), input.nameZh(), input.nameEn(), input.kind(), input.jurisdiction(), unitId,
                inputs.errors(input));
    }

    private void flush(Runnable write, String code) {
        try {
            write.run();
            em.flush();
        } catch (PersistenceException e) {
            // another administrator took the code a moment ago (the unique key decided)
            throw new InvalidInputException(List.of(FieldError.of("code", "unit.code.taken", code)));
        }
    }
}
