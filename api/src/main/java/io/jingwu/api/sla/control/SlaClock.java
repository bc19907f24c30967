package io.jingwu.api.sla.control;

import io.jingwu.api.requests.entity.RequestMoved;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.sla.entity.CalendarDay;
import io.jingwu.api.sla.entity.SlaPolicy;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.util.stream.Collectors;

/**
 * Keeps every request's stage deadlines as it is submitted and moved ({@link Deadlines} holds the rules). The
 * policies and the calendar are read from the database each time, so an administrator's change applies to the
 * next move on every instance; deadlines already set stay as they were.
 */
@ApplicationScoped
public class SlaClock {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    /** The share of a stage's length left when the unit's supervisors are warned. */
    @Inject
    @ConfigProperty(name = "jingwu.sla.warn-share", defaultValue = "0.2")
    double warnShare;

    /** Every submission and move: the deadlines it calls for, before anyone reads the request as moved. */
    void onMove(@Observes @Priority(RequestMoved.CHANGES_REQUEST) RequestMoved moved) {
        follow(moved.request());
    }

    /**
     * Sets the deadlines the move just made on the request calls for, in the caller's transaction. Policies and
     * calendar are read only for the moves that schedule (most moves, such as accepting, leave deadlines alone).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void follow(ServiceRequest request) {
        if (Deadlines.concern(request)) {
            deadlines().follow(request, clock.instant());
        }
    }

    /**
     * The rules over the policies and calendar as they stand now. Policies and calendar days never depend on the
     * caller's unwritten changes, so reading them does not flush those: a request being submitted is written only
     * once its deadlines are set.
     */
    public Deadlines deadlines() {
        return new Deadlines(em.createNamedQuery(SlaPolicy.ALL, SlaPolicy.class).setFlushMode(FlushModeType.COMMIT)
                .getResultList(), calendar(), warnShare);
    }

    /** The policy that applies to the request now. */
    public SlaPolicy policyFor(ServiceRequest request) {
        return SlaPolicy.mostSpecific(em.createNamedQuery(SlaPolicy.OF_TYPE, SlaPolicy.class)
                        .setParameter("type", request.type()).getResultList(), request.category(), request.priority())
                .orElseThrow(() -> new IllegalStateException("no SLA policy for " + request.type()));
    }

    public WorkingCalendar calendar() {
        return new WorkingCalendar(em.createNamedQuery(CalendarDay.ALL, CalendarDay.class)
                .setFlushMode(FlushModeType.COMMIT).getResultStream()
                .collect(Collectors.toMap(CalendarDay::day, CalendarDay::kind)));
    }
}
