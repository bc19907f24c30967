package io.jingwu.api.requests.control;

import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffSwitchedOff;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;

/**
 * The requests a supervisor held (reopened by a low rating and given to them) go back to their unit's supervisors
 * when the supervisor's account is switched off: each to the one {@link ReopeningSupervisor} chooses now, or to
 * nobody when the unit has no other, so that whichever supervisor the unit gets can take it up. In the transaction
 * that switched the account off: both happen, or neither.
 */
@ApplicationScoped
public class HeldRequests {

    private static final List<RequestStatus> OPEN = Arrays.stream(RequestStatus.values())
            .filter(status -> !status.isFinal()).toList();

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    ReopeningSupervisor reopeningSupervisor;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    void handOver(@Observes StaffSwitchedOff switchedOff) {
        if (!switchedOff.wasSupervisor()) {
            return;
        }
        List<Long> held = em.createNamedQuery(ServiceRequest.HELD_BY, Long.class)
                .setParameter("assignee", switchedOff.username())
                .setParameter("open", OPEN)
                .getResultList();
        for (Long id : held) {
            // only the request's row is locked, as for every move; the choice below counts what was handed over so far
            ServiceRequest request = em.find(ServiceRequest.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (request.status().isFinal() || !request.assignee().orElse("").equals(switchedOff.username())) {
                continue; // moved on between the query and the lock
            }
            String next = reopeningSupervisor.forUnit(request.unit().id()).map(StaffActor::username).orElse(null);
            request.handOver(next, switchedOff.by(), clock.instant());
            em.flush();
        }
    }
}
