package io.jingwu.api.queues.control;

import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** One attempt at claiming the next request, in one short transaction. */
@ApplicationScoped
public class QueueClaims {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    NextInQueue next;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<ServiceRequest> claimOnce(StaffActor clerk) {
        List<Long> units = clerk.workedUnitIds().stream().sorted().toList();
        return next.lockNext(units).map(id -> {
            ServiceRequest request = em.find(ServiceRequest.class, id);
            request.accept(clerk, clock.instant());
            em.flush();
            return request;
        });
    }

    /** Whether any request of the clerk's units waits to be claimed, locked by another transaction or not. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean anyWaiting(StaffActor clerk) {
        if (clerk.workedUnitIds().isEmpty()) {
            return false;
        }
        return !em.createQuery("SELECT r.id FROM ServiceRequest r WHERE r.unit.id IN :units AND r.status = :status",
                        Long.class)
                .setParameter("units", List.copyOf(clerk.workedUnitIds()))
                .setParameter("status", RequestStatus.SUBMITTED)
                .setMaxResults(1).getResultList().isEmpty();
    }
}
