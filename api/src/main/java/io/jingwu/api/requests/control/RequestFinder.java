package io.jingwu.api.requests.control;

import io.jingwu.api.requests.entity.RequestNotFound;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Optional;

/**
 * Finds a request by its tracking number, and for staff only within their own units: a request of another unit
 * is {@link RequestNotFound}, exactly as one that does not exist.
 */
@ApplicationScoped
public class RequestFinder {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    public Optional<ServiceRequest> find(TrackingNumber number) {
        return em.createNamedQuery(ServiceRequest.BY_TRACKING_NUMBER, ServiceRequest.class)
                .setParameter("trackingNumber", number.value())
                .getResultStream().findFirst();
    }

    /** As people type it; empty for text that is no tracking number. */
    public Optional<ServiceRequest> find(String trackingNumber) {
        return TrackingNumber.parse(trackingNumber).flatMap(this::find);
    }

    public ServiceRequest reachableBy(TrackingNumber number, StaffActor actor) {
        return find(number).filter(request -> actor.servesUnit(request.unit().id())).orElseThrow(RequestNotFound::new);
    }
}
