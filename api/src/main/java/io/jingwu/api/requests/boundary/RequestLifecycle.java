package io.jingwu.api.requests.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.control.ReopeningSupervisor;
import io.jingwu.api.requests.entity.EventAction;
import io.jingwu.api.requests.entity.RequestMoved;
import io.jingwu.api.requests.entity.RequestNotFound;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.units.entity.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.List;

/**
 * Every move of the request lifecycle, one transaction each, for whatever boundary serves staff or citizens
 * (REST, pages, chatbot). The request's row is locked while it moves, so two clerks acting at once take turns
 * and the second sees the first one's result (often a 409). A member of staff reaches only requests of their
 * own units: any other answers {@link RequestNotFound}, exactly as a tracking number that does not exist. The
 * rules themselves are the request's ({@link ServiceRequest}); a refused move changes nothing.
 *
 * <p>Citizen moves trust their caller to have checked the citizen's token for this very request.
 *
 * @see io.jingwu.api.requests.entity.LifecycleViolation
 * @see io.jingwu.api.requests.entity.ForbiddenMove
 */
@ApplicationScoped
@Transactional
public class RequestLifecycle {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ReopeningSupervisor reopeningSupervisor;

    @Inject
    Event<RequestMoved> moves;

    /** 接单. */
    public RequestStatus accept(TrackingNumber number, StaffActor clerk) {
        ServiceRequest request = reachableBy(clerk, number);
        request.accept(clerk, clock.instant());
        return saved(request);
    }

    public RequestStatus reject(TrackingNumber number, StaffActor clerk, String reason) {
        ServiceRequest request = reachableBy(clerk, number);
        request.reject(clerk, reason, clock.instant());
        return saved(request);
    }

    /** To another active unit, which need not be one of the actor's. */
    public RequestStatus transfer(TrackingNumber number, StaffActor actor, long unitId, String reason) {
        ServiceRequest request = reachableBy(actor, number);
        Unit unit = em.createQuery("SELECT u FROM Unit u WHERE u.id = :id AND u.active = TRUE", Unit.class)
                .setParameter("id", unitId)
                .getResultStream().findFirst()
                .orElseThrow(() -> new InvalidInputException(List.of(FieldError.of("unit", "lifecycle.unit.unknown"))));
        request.transferTo(unit, actor, reason, clock.instant());
        return saved(request);
    }

    /** Into another request the clerk can reach; both rows are locked. */
    public RequestStatus merge(TrackingNumber number, StaffActor clerk, TrackingNumber target) {
        ServiceRequest request = reachableBy(clerk, number);
        ServiceRequest into = number.equals(target) ? request : reachableBy(clerk, target);
        request.mergeInto(into, clerk, clock.instant());
        return saved(request);
    }

    /** 派单 to a colleague's username or a team's name. */
    public RequestStatus dispatch(TrackingNumber number, StaffActor actor, String handler) {
        ServiceRequest request = reachableBy(actor, number);
        request.dispatch(actor, handler, clock.instant());
        return saved(request);
    }

    /** 处置. */
    public RequestStatus startHandling(TrackingNumber number, StaffActor actor) {
        ServiceRequest request = reachableBy(actor, number);
        request.startHandling(actor, clock.instant());
        return saved(request);
    }

    public RequestStatus askCitizen(TrackingNumber number, StaffActor actor, String publicQuestion) {
        ServiceRequest request = reachableBy(actor, number);
        request.askCitizen(actor, publicQuestion, clock.instant());
        return saved(request);
    }

    public RequestStatus citizenAnswers(TrackingNumber number, String answer) {
        ServiceRequest request = locked(number);
        request.citizenAnswers(answer, clock.instant());
        return saved(request);
    }

    /** 反馈. */
    public RequestStatus replyToCitizen(TrackingNumber number, StaffActor actor, String publicReply) {
        ServiceRequest request = reachableBy(actor, number);
        request.replyToCitizen(actor, publicReply, clock.instant());
        return saved(request);
    }

    /** 跟进. */
    public RequestStatus followUp(TrackingNumber number, StaffActor clerk, String note) {
        ServiceRequest request = reachableBy(clerk, number);
        request.followUp(clerk, note, clock.instant());
        return saved(request);
    }

    /**
     * 回访 recorded by a clerk.
     *
     * @param supervisor who takes the request over if the rating (1 or 2) reopens it: a supervisor of its unit,
     *                   or {@code null} to let {@link ReopeningSupervisor} choose one
     */
    public RequestStatus recordReturnVisit(TrackingNumber number, StaffActor clerk, int rating, String comment,
                                           StaffActor supervisor) {
        ServiceRequest request = reachableBy(clerk, number);
        request.recordReturnVisit(clerk, rating, comment, takingOver(request, rating, supervisor), clock.instant());
        return saved(request);
    }

    /** 回访 given by the citizen; a reopened request goes to the supervisor {@link ReopeningSupervisor} chooses. */
    public RequestStatus recordCitizenReturnVisit(TrackingNumber number, int rating, String comment) {
        ServiceRequest request = locked(number);
        request.recordCitizenReturnVisit(rating, comment, takingOver(request, rating, null), clock.instant());
        return saved(request);
    }

    public RequestStatus withdraw(TrackingNumber number, String reason) {
        ServiceRequest request = locked(number);
        request.withdraw(reason, clock.instant());
        return saved(request);
    }

    public RequestStatus changePriority(TrackingNumber number, StaffActor actor, Priority priority) {
        ServiceRequest request = reachableBy(actor, number);
        request.changePriority(actor, priority, clock.instant());
        return saved(request);
    }

    public RequestStatus addInternalNote(TrackingNumber number, StaffActor actor, String text) {
        ServiceRequest request = reachableBy(actor, number);
        request.addInternalNote(actor, text, clock.instant());
        return saved(request);
    }

    /** The request, locked, if the member of staff serves its unit. */
    private ServiceRequest reachableBy(StaffActor actor, TrackingNumber number) {
        ServiceRequest request = locked(number);
        if (!actor.servesUnit(request.unit().id())) {
            throw new RequestNotFound();
        }
        return request;
    }

    private ServiceRequest locked(TrackingNumber number) {
        return em.createNamedQuery(ServiceRequest.TO_CHANGE, ServiceRequest.class)
                .setParameter("trackingNumber", number.value())
                .getResultStream()
                .findFirst()
                .orElseThrow(RequestNotFound::new);
    }

    /**
     * Who takes over if this rating reopens the request: the named supervisor, who must serve its unit (the caller
     * names only active accounts, the request itself takes only a supervisor), or the one chosen for the unit.
     * Nobody is needed when the rating does not reopen (or is out of range: the request refuses it itself).
     */
    private StaffActor takingOver(ServiceRequest request, int rating, StaffActor named) {
        if (named != null) {
            if (!named.servesUnit(request.unit().id())) {
                throw new InvalidInputException(List.of(FieldError.of("supervisor", "lifecycle.supervisor.role")));
            }
            return named;
        }
        if (!ServiceRequest.reopens(rating) || !request.permits(EventAction.RETURN_VISITED)) {
            return null;
        }
        return reopeningSupervisor.forUnit(request.unit().id()).orElseThrow(NoSupervisorToReopen::new);
    }

    /**
     * The move's observers do their part in this transaction (the deadlines follow it, the citizen's notice is
     * written with it); then it is written now, so that a conflict surfaces here as itself and not at commit.
     */
    private RequestStatus saved(ServiceRequest request) {
        request.newMove().ifPresent(move -> moves.fire(new RequestMoved(request, move)));
        em.flush();
        return request.status();
    }
}
