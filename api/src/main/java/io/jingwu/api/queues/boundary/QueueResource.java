package io.jingwu.api.queues.boundary;

import io.jingwu.api.catalogue.entity.Priority;
import io.jingwu.api.catalogue.entity.RequestType;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.staff.boundary.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A clerk's queue: the requests of their units, and claiming the next one (接单). */
@Path("v1/queue")
@Tag(name = "Queue", description = "The queues of the caller's units")
@RolesAllowed({"CLERK", "SUPERVISOR"})
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    Queues queues;

    @Inject
    CurrentStaff staff;


    @GET
    @Operation(summary = "List the requests of the caller's units", description = "Filters are optional; `sla` is where "
            + "the running stage stands against its deadline (ON_TIME, NEAR, BREACHED, PAUSED); `open=true` leaves out "
            + "requests in a final state. Sorted by `sort` (PRIORITY, DEADLINE or SUBMITTED) in `direction` (ASC or "
            + "DESC); by default the claim order: highest priority, then earliest accept deadline, then oldest.")
    public Queues.QueuePage list(@QueryParam("status") String status, @QueryParam("type") String type,
                                 @QueryParam("category") String category, @QueryParam("priority") String priority,
                                 @QueryParam("sla") String sla, @QueryParam("open") boolean open,
                                 @QueryParam("sort") String sort, @QueryParam("direction") String direction,
                                 @QueryParam("unit") Long unitId,
                                 @QueryParam("page") @DefaultValue("0") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        // Filters arrive as text so that a misspelt value is a 400 naming the filter, not JAX-RS's bare 404.
        List<FieldError> errors = new ArrayList<>();
        Optional<RequestStatus> statusFilter = filter("status", status, RequestStatus.class, errors);
        Optional<RequestType> typeFilter = filter("type", type, RequestType.class, errors);
        Optional<Priority> priorityFilter = filter("priority", priority, Priority.class, errors);
        Optional<SlaState> slaFilter = filter("sla", sla, SlaState.class, errors);
        Optional<QueueOrder.Key> sortKey = filter("sort", sort, QueueOrder.Key.class, errors);
        Optional<Direction> sortDirection = filter("direction", direction, Direction.class, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        QueueOrder order = sortKey.map(key -> new QueueOrder(key, sortDirection.orElse(Direction.ASC) == Direction.DESC))
                .orElse(QueueOrder.CLAIM_ORDER);
        return queues.list(staff.actor(), new Queues.QueueFilter(Optional.ofNullable(unitId), statusFilter, typeFilter,
                Optional.ofNullable(category).filter(c -> !c.isBlank()), priorityFilter, slaFilter, open), order,
                page, size, language());
    }

    private enum Direction { ASC, DESC }

    private static <E extends Enum<E>> Optional<E> filter(String name, String value, Class<E> type, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            errors.add(FieldError.of(name, "queue.filter.unknown", value,
                    String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
            return Optional.empty();
        }
    }

    @POST
    @Path("claims")
    @Operation(summary = "Claim the next request", description = "Highest priority, then earliest deadline, then oldest; "
            + "never the same request for two clerks.")
    @APIResponse(responseCode = "200", description = "The request now accepted by the caller")
    @APIResponse(responseCode = "204", description = "Nothing waits in the caller's queues")
    public Response claimNext() {
        return queues.claimNext(staff.actor(), language())
                .map(item -> Response.ok(item).build())
                .orElseGet(() -> Response.noContent().build());
    }

    private Language language() {
        return callerLanguage.current();
    }
}
