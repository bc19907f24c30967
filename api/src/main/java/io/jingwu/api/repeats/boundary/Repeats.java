package io.jingwu.api.repeats.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.repeats.control.Fingerprints;
import io.jingwu.api.repeats.control.RepeatLinks;
import io.jingwu.api.repeats.entity.RepeatKind;
import io.jingwu.api.requests.control.RequestFinder;
import io.jingwu.api.requests.entity.RequestMoved;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Repeats for the rest of the application: a new request is linked to the earlier ones it repeats as it is
 * stored; staff see a marker on each request and, for one of their own, the cluster of requests linked to it.
 */
@ApplicationScoped
public class Repeats {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Fingerprints fingerprints;

    @Inject
    RepeatLinks links;

    @Inject
    RequestFinder finder;

    /** A submission: the request just persisted is linked to the earlier ones it repeats, in its transaction. */
    void onMove(@Observes @Priority(RequestMoved.READS_REQUEST) RequestMoved moved) {
        if (moved.isSubmission()) {
            linkToEarlier(moved.request());
        }
    }

    private void linkToEarlier(ServiceRequest request) {
        em.flush();
        String divisionCode = request.routing().divisionCode();
        links.linkAndStore(request.id(), request.type(), divisionCode, request.createdAt(), fingerprints.of(
                request.contact().phoneHash(), divisionCode, request.address(), request.description()));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RepeatSummary summaryOf(ServiceRequest request) {
        return RepeatSummary.of(links.linksOf(List.of(request.id())).get(request.id()));
    }

    /** The kinds each of the requests is linked by; a request without links is missing from the answer. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, List<RepeatKind>> kindsOf(Collection<Long> requestIds) {
        return links.linksOf(requestIds).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> RepeatSummary.of(entry.getValue()).kinds()));
    }

    /**
     * @throws io.jingwu.api.requests.entity.RequestNotFound when the request is not one of the actor's units
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RepeatCluster cluster(TrackingNumber number, StaffActor actor, Language language) {
        ServiceRequest request = finder.reachableBy(number, actor);
        Map<Long, Set<RepeatKind>> linked = links.linksOf(List.of(request.id())).getOrDefault(request.id(), Map.of());
        List<LinkedRequest> entries = linked.isEmpty() ? List.of() : em.createQuery(
                        "SELECT r FROM ServiceRequest r JOIN FETCH r.unit WHERE r.id IN :ids", ServiceRequest.class)
                .setParameter("ids", List.copyOf(linked.keySet()))
                .getResultStream()
                .sorted(Comparator.comparing(ServiceRequest::createdAt).thenComparing(ServiceRequest::id).reversed())
                .map(other -> LinkedRequest.of(other, linked.get(other.id()), actor.servesUnit(other.unit().id()), language))
                .toList();
        return new RepeatCluster(number.formatted(), entries);
    }
}
