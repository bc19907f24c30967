package io.jingwu.api.sla.control;

import io.jingwu.api.platform.revisions.RevisedCache;
import io.jingwu.api.platform.revisions.Revisions;
import io.jingwu.api.requests.entity.RequestMoved;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.sla.entity.CalendarDay;
import io.jingwu.api.sla.entity.SlaPolicy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Keeps every request's stage deadlines as it is submitted and moved ({@link Deadlines} holds the rules). The
 * policies and the calendar are held in memory behind their revisions, so an administrator's change applies to
 * the next move on every instance; deadlines already set stay as they were.
 */
@ApplicationScoped
public class SlaClock {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Revisions revisions;

    /** The share of a stage's length left when the unit's supervisors are warned. */
    @Inject
    @ConfigProperty(name = "jingwu.sla.warn-share", defaultValue = "0.2")
    double warnShare;

    private final RevisedCache<Deadlines> rules = new RevisedCache<>(
            List.of(Revisions.SLA_POLICIES, Revisions.WORKING_CALENDAR), revision -> load());

    protected SlaClock() {
    }

    public SlaClock(EntityManager em, Clock clock, Revisions revisions, double warnShare) {
        this.em = em;
        this.clock = clock;
        this.revisions = revisions;
        this.warnShare = warnShare;
    }

    /** Every submission and move: the deadlines it calls for, before anyone reads the request as moved. */
    void onMove(@Observes @Priority(RequestMoved.CHANGES_REQUEST) RequestMoved moved) {
        follow(moved.request());
    }

    /**
     * Sets the deadlines the move just made on the request calls for, in the caller's transaction. The rules are
     * looked at only for the moves that schedule (most moves, such as accepting, leave deadlines alone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(ServiceRequest request) {
        if (Deadlines.concern(request)) {
            deadlines().follow(request, clock.instant());
        }
    }

    /** The rules over the policies and calendar as they stand now. */
    public Deadlines deadlines() {
        return rules.current(revisions);
    }

    /** The policy that applies to the request now. */
    public SlaPolicy policyFor(ServiceRequest request) {
        return deadlines().policyFor(request);
    }

    private Deadlines load() {
        WorkingCalendar calendar = new WorkingCalendar(em.createNamedQuery(CalendarDay.ALL, CalendarDay.class)
                .getResultStream().collect(Collectors.toMap(CalendarDay::day, CalendarDay::kind)));
        return new Deadlines(em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class).getResultList(), calendar, warnShare);
    }
}
