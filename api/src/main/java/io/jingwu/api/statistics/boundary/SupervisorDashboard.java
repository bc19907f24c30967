package io.jingwu.api.statistics.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.statistics.control.DashboardQueries;
import io.jingwu.api.statistics.control.StatisticsScope;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffRole;
import io.jingwu.api.staff.entity.StaffUser;
import io.jingwu.api.units.entity.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a supervisor watches over their own units: each unit's published figures for the last 30 days, requests per
 * day and type over the same days, satisfaction per week over the last {@value #WEEKS} weeks, and the most frequent
 * categories. Only supervisors and administrators; counts only, no personal data.
 */
@ApplicationScoped
public class SupervisorDashboard {

    static final int WEEKS = 8;
    static final int TOP_CATEGORIES = 10;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Statistics statistics;

    @Inject
    DashboardQueries queries;

    @Inject
    Clock clock;

    /**
     * @param period the 30 days up to today (China time), both included
     * @param units  one row per unit of the actor, by code
     */
    public record Figures(StatisticsReport.Period period, List<StatisticsReport.UnitFigures> units,
                          List<DashboardQueries.DailyCount> perDay,
                          List<DashboardQueries.WeeklySatisfaction> satisfactionPerWeek,
                          List<DashboardQueries.CategoryCount> topCategories) {
    }

    /** @throws ForbiddenException for anyone but a supervisor or administrator */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Figures of(StaffActor actor, Language language) {
        if (!actor.isSupervisor() && !actor.isAdmin()) {
            throw new ForbiddenException();
        }
        StatisticsScope month = StatisticsScope.parse(null, null, null, null, clock);
        StatisticsScope weeks = new StatisticsScope(month.to().minusWeeks(WEEKS).plusDays(1), month.to(),
                Optional.empty(), Optional.empty());
        List<Unit> units = units(actor);
        if (units.isEmpty()) {
            return new Figures(new StatisticsReport.Period(month.from(), month.to()), List.of(), List.of(), List.of(),
                    List.of());
        }
        List<Long> ids = units.stream().map(Unit::id).toList();
        List<StatisticsReport.UnitFigures> rows = units.stream()
                .flatMap(unit -> statistics.report(new StatisticsScope(month.from(), month.to(),
                        Optional.of(unit.code()), Optional.empty()), language).units().stream())
                .toList();
        return new Figures(new StatisticsReport.Period(month.from(), month.to()), rows,
                queries.perDayAndType(month, ids), queries.satisfactionPerWeek(weeks, ids),
                queries.topCategories(month, ids, TOP_CATEGORIES));
    }

    /** A colleague a request can be dispatched to: the user name goes into the move, the display name is shown. */
    public record Colleague(String username, String displayName) {
    }

    /**
     * The active clerks and supervisors of a unit whose requests the actor works, by user name (to dispatch to);
     * none for any other unit.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Colleague> colleagues(StaffActor actor, String unitCode) {
        return em.createQuery("""
                        SELECT DISTINCT s FROM StaffUser s JOIN s.units u JOIN s.roles r
                        WHERE u.code = :code AND u.id IN :mine AND s.active = TRUE AND r IN :roles""", StaffUser.class)
                .setParameter("code", unitCode)
                .setParameter("mine", actor.workedUnitIds().isEmpty() ? List.of(-1L) : actor.workedUnitIds())
                .setParameter("roles", List.of(StaffRole.CLERK, StaffRole.SUPERVISOR))
                .getResultStream()
                .map(s -> new Colleague(s.username(), s.displayName()))
                .sorted(Comparator.comparing(Colleague::username))
                .toList();
    }

    /** The actor's units by code. */
    private List<Unit> units(StaffActor actor) {
        if (actor.unitIds().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT u FROM Unit u WHERE u.id IN :ids", Unit.class)
                .setParameter("ids", actor.unitIds()).getResultStream()
                .sorted(Comparator.comparing(Unit::code)).toList();
    }

    /** The days of the dashboard's month, first to last, for a series with a point on every day. */
    public static List<LocalDate> days(StatisticsReport.Period period) {
        return period.from().datesUntil(period.to().plusDays(1)).toList();
    }
}
