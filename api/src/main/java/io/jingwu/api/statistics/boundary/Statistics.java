package io.jingwu.api.statistics.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.statistics.control.Diversion;
import io.jingwu.api.statistics.control.PairCounts;
import io.jingwu.api.statistics.control.ScopeMedians;
import io.jingwu.api.statistics.control.StatisticsQueries;
import io.jingwu.api.statistics.control.StatisticsScope;
import io.jingwu.api.statistics.control.Tally;
import io.jingwu.api.units.entity.Unit;
import io.jingwu.api.units.entity.UnitKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Computes the published figures of a scope: the database counts and takes the medians, this folds the counts into
 * units and shares. With a unit, the answer is that unit's figures alone, and the total is the same.
 */
@ApplicationScoped
public class Statistics {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    StatisticsQueries queries;

    /** @throws InvalidInputException when the scope names a unit that does not exist */
    @Transactional(Transactional.TxType.SUPPORTS)
    public StatisticsReport report(StatisticsScope scope, Language language) {
        Optional<Unit> only = scope.unitCode().map(this::unit);
        Optional<Long> onlyId = only.map(Unit::id);
        List<PairCounts> pairs = queries.counts(scope, onlyId);
        ScopeMedians medians = queries.medians(scope, onlyId);

        Map<Long, Unit> units = units(pairs);
        only.ifPresent(unit -> units.putIfAbsent(unit.id(), unit));
        Map<Long, UnitKind> kinds = units.values().stream().collect(Collectors.toMap(Unit::id, Unit::kind));
        Map<Long, Tally> tallies = Tally.byUnit(pairs, kinds);

        List<StatisticsReport.UnitFigures> rows = units.values().stream()
                .filter(unit -> only.isEmpty() || only.get().id().equals(unit.id()))
                .map(unit -> StatisticsReport.UnitFigures.of(
                        new StatisticsReport.UnitSummary(unit.code(), unit.name(language), unit.kind()),
                        StatisticsReport.Figures.of(tallies.getOrDefault(unit.id(), Tally.NONE),
                                medians.of(unit.id()), Diversion.isPolice(unit.kind()))))
                .sorted(Comparator.comparingLong(StatisticsReport.UnitFigures::volume).reversed()
                        .thenComparing(row -> row.unit().code()))
                .toList();
        StatisticsReport.Figures total = only
                .map(unit -> StatisticsReport.Figures.of(tallies.getOrDefault(unit.id(), Tally.NONE),
                        medians.total(), Diversion.isPolice(unit.kind())))
                .orElseGet(() -> StatisticsReport.Figures.of(Tally.total(pairs, kinds), medians.total(), true));
        return new StatisticsReport(new StatisticsReport.Period(scope.from(), scope.to()),
                new StatisticsReport.Filters(scope.unitCode().orElse(null), scope.divisionPrefix().orElse(null)),
                total, rows);
    }

    private Unit unit(String code) {
        return em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code).getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(
                        FieldError.of("unit", "statistics.unit.unknown", code))));
    }

    /** Every unit on either side of the counts, by id. */
    private Map<Long, Unit> units(List<PairCounts> pairs) {
        Set<Long> ids = new HashSet<>();
        pairs.forEach(pair -> {
            ids.add(pair.unitId());
            ids.add(pair.routedUnitId());
        });
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        return em.createQuery("SELECT u FROM Unit u WHERE u.id IN :ids", Unit.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(Unit::id, Function.identity(), (a, b) -> a, HashMap::new));
    }
}
