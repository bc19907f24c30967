package io.jingwu.api.queues.control;

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
        List<Long> units = clerk.unitIds().stream().sorted().toList();
        return next.lockNext(units).map(id -> {
            ServiceRequest request = em.find(ServiceRequest.class, id);
            request.accept(clerk, clock.instant());
            em.flush();
            return request;
        });
    }
}
