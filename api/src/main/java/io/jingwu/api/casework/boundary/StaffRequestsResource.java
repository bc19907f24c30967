package io.jingwu.api.casework.boundary;

import io.jingwu.api.casework.boundary.StaffRequestView;
import io.jingwu.api.casework.boundary.StaffRequests;
import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.personaldata.boundary.RevealedPersonalData;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.platform.validation.Required;
import io.jingwu.api.repeats.boundary.RepeatCluster;
import io.jingwu.api.requests.boundary.RequestLifecycle;
import io.jingwu.api.requests.boundary.RequestReceipt;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.control.TrackingNumberFormat;
import io.jingwu.api.requests.entity.RequestNotFound;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.api.staff.control.ActiveStaff;
import io.jingwu.api.staff.entity.StaffActor;
import io.jingwu.api.staff.entity.StaffUser;
import io.jingwu.api.units.entity.Unit;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

/**
 * Staff work on the requests of their units: read one, reveal its personal data with a purpose, take one by
 * phone, and every move of the lifecycle (accept, reject, transfer, merge, dispatch, start, question, reply,
 * follow-up, return visit, priority, internal note). A request of another unit answers 404.
 */
@Path("v1/staff/requests")
@Tag(name = "Staff requests", description = "Requests of the caller's units and their lifecycle")
@RolesAllowed({"CLERK", "SUPERVISOR"})
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StaffRequestsResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    StaffRequests staffRequests;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    InputCheck inputs;

    @Inject
    CurrentStaff staff;

    @Inject
    ActiveStaff activeStaff;

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;


    @Context
    UriInfo uriInfo;

    /** The input of a move; each move reads the members it needs. */
    public record Move(String reason, String text, String handler, String unitCode,
                       @Required(message = "{staff.move.into.invalid}")
                       @TrackingNumberFormat(message = "{staff.move.into.invalid}")
                       String into,
                       Integer rating, String comment, String supervisor, String priority, String purpose) {
    }

    /** Where the request stands after a move. */
    public record Moved(String trackingNumber, RequestStatus status) {
    }

    @POST
    @Operation(summary = "Enter a request a citizen phoned in")
    public Response enterByPhone(RequestInput input) {
        RequestReceipt receipt = staffRequests.enterByPhone(input, staff.actor(), language());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(receipt.trackingNumber()).build())
                .entity(receipt).build();
    }

    @GET
    @Path("{trackingNumber}")
    @Operation(summary = "A request of the caller's units, personal data masked")
    public StaffRequestView view(@PathParam("trackingNumber") String trackingNumber) {
        return staffRequests.view(number(trackingNumber), staff.actor(), language());
    }

    /**
     * The cluster of repeats (一人多警, 一地多警, 重复报警): every request linked to this one, earlier or later. A
     * linked request of another unit shows only why it is linked, its unit and when it came.
     */
    @GET
    @Path("{trackingNumber}/repeats")
    @Operation(summary = "The requests linked to this one as repeats: same phone, same place or near-identical text")
    public RepeatCluster repeats(@PathParam("trackingNumber") String trackingNumber) {
        return staffRequests.repeats(number(trackingNumber), staff.actor(), language());
    }

    @POST
    @Path("{trackingNumber}/personal-data")
    @Operation(summary = "Reveal the personal data in full, for a stated purpose that is recorded")
    public RevealedPersonalData reveal(@PathParam("trackingNumber") String trackingNumber, Move move) {
        return staffRequests.reveal(number(trackingNumber), staff.actor(), move == null ? null : move.purpose());
    }

    @POST
    @Path("{trackingNumber}/{move}")
    @Operation(summary = "Move the request in its lifecycle", description = "move: accept, reject (reason), "
            + "transfer (unitCode, reason), merge (into), dispatch (handler), start, question (text), reply (text), "
            + "follow-up (text), return-visit (rating, comment, supervisor: optional, chosen for the unit when absent), "
            + "priority (priority), note (text)")
    public Moved move(@PathParam("trackingNumber") String trackingNumber, @PathParam("move") String moveName, Move move) {
        TrackingNumber number = number(trackingNumber);
        StaffActor actor = staff.actor();
        Move in = move == null ? new Move(null, null, null, null, null, null, null, null, null, null) : move;
        RequestStatus status = switch (moveName) {
            case "accept" -> lifecycle.accept(number, actor);
            case "reject" -> lifecycle.reject(number, actor, in.reason());
            case "transfer" -> lifecycle.transfer(number, actor, unitId(in.unitCode()), in.reason());
            case "merge" -> {
                inputs.require(in); // the one move that names another request
                yield lifecycle.merge(number, actor, TrackingNumber.parse(in.into()).orElseThrow());
            }
            case "dispatch" -> lifecycle.dispatch(number, actor, in.handler());
            case "start" -> lifecycle.startHandling(number, actor);
            case "question" -> lifecycle.askCitizen(number, actor, in.text());
            case "reply" -> lifecycle.replyToCitizen(number, actor, in.text());
            case "follow-up" -> lifecycle.followUp(number, actor, in.text());
            case "return-visit" -> lifecycle.recordReturnVisit(number, actor, in.rating() == null ? 0 : in.rating(),
                    in.comment(), supervisor(in.supervisor()));
            case "priority" -> lifecycle.changePriority(number, actor, priority(in.priority()));
            case "note" -> lifecycle.addInternalNote(number, actor, in.text());
            default -> throw new jakarta.ws.rs.NotFoundException();
        };
        return new Moved(number.formatted(), status);
    }

    private static TrackingNumber number(String text) {
        return TrackingNumber.parse(text).orElseThrow(RequestNotFound::new);
    }

    private long unitId(String code) {
        return em.createNamedQuery(Unit.BY_CODE, Unit.class).setParameter("code", code == null ? "" : code.strip())
                .getResultStream().findFirst().map(Unit::id)
                .orElseThrow(() -> new InvalidInputException(List.of(FieldError.of("unitCode", "lifecycle.unit.unknown"))));
    }

    /** The account named to take a reopened request over, if it is active (the lifecycle checks role and unit). */
    private StaffActor supervisor(String username) {
        if (username == null || username.isBlank()) {
            return null;
        }
        return activeStaff.find(username.strip().toLowerCase(Locale.ROOT))
                .filter(StaffUser::active)
                .map(StaffUser::actor)
                .orElseThrow(() -> new InvalidInputException(List.of(FieldError.of("supervisor", "lifecycle.supervisor.role"))));
    }

    private static Priority priority(String text) {
        try {
            return Priority.valueOf(text == null ? "" : text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(FieldError.of("priority", "staff.move.priority.unknown")));
        }
    }

    private Language language() {
        return callerLanguage.current();
    }
}
