package io.jingwu.api.citizens.boundary;

import io.jingwu.api.personaldata.boundary.PersonalData;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.requests.boundary.RequestLifecycle;
import io.jingwu.api.requests.entity.RequestStatus;
import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A citizen proves a request is theirs: a one-time code to the contact phone, then a token for the request's
 * personal parts, sent as {@code Authorization: CitizenToken <token>}. Wrong phone and unknown request get the
 * same 404, a wrong or spent code 401, so nobody learns whether a request exists.
 */
// Shares its root with RequestsResource: a root of its own ("v1/requests/{trackingNumber}") would capture
// GET v1/requests/{trackingNumber} and answer it with 404.
@Path("v1/requests")
@Tag(name = "Citizen access", description = "One-time codes and citizen tokens")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CitizenAccessResource {

    @Inject
    CallerLanguage callerLanguage;


    @Inject
    CitizenAccess access;

    @Inject
    RequestLifecycle lifecycle;

    @Inject
    PersonalData personalData;


    @Context
    HttpServletRequest http;

    @Inject
    ClientAddress clientAddress;

    @PathParam("trackingNumber")
    String trackingNumber;

    /** @param phone the contact phone given with the request */
    public record CodeOrder(String phone) {
    }

    /** @param code the six digits received by text message */
    public record CodeExchange(String code) {
    }

    public record CodeSent(long expiresInSeconds) {
    }

    public record TokenGranted(String token, Instant expiresAt) {
    }

    public record TimelineEntry(String action, String status, String statusLabel, Instant at) {
    }

    public record Timeline(String trackingNumber, String status, String statusLabel, String unit, List<TimelineEntry> events) {
    }

    @POST
    @Path("{trackingNumber}/access-codes")
    @Operation(summary = "Send a one-time code to the request's contact phone")
    @APIResponse(responseCode = "202", description = "Sent")
    @APIResponse(responseCode = "404", description = "No request with this tracking number and phone")
    @APIResponse(responseCode = "429", description = "Too many codes for this phone or from this address")
    public Response sendCode(CodeOrder order) {
        Language language = language();
        return switch (access.sendCode(trackingNumber, order == null ? null : order.phone(), clientAddress.of(http))) {
            case SENT -> Response.accepted(new CodeSent(300)).build();
            case NOT_FOUND -> Problem.response(404, "request-not-found", language);
            case TOO_MANY -> Problem.response(429, "too-many-codes", language);
        };
    }

    @POST
    @Path("{trackingNumber}/citizen-tokens")
    @Operation(summary = "Exchange a one-time code for a citizen token bound to this request")
    @APIResponse(responseCode = "201", description = "The token")
    @APIResponse(responseCode = "401", description = "Wrong, expired or spent code")
    public Response exchange(CodeExchange exchange) {
        return access.exchange(trackingNumber, exchange == null ? null : exchange.code())
                .map(issued -> Response.status(201).entity(new TokenGranted(issued.token(), issued.expiresAt())).build())
                .orElseGet(() -> Problem.response(401, "code-not-accepted", language()));
    }

    @GET
    @Path("{trackingNumber}/timeline")
    @Operation(summary = "The request's history, for the citizen holding a token")
    @APIResponse(responseCode = "200", description = "The timeline")
    @APIResponse(responseCode = "401", description = "No valid citizen token for this request")
    public Response timeline(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Language language = language();
        Optional<ServiceRequest> request = access.authorise(trackingNumber, authorization);
        if (request.isEmpty()) {
            return Problem.response(401, "citizen-token-required", language);
        }
        ServiceRequest r = request.get();
        List<TimelineEntry> events = r.events().stream()
                .filter(e -> e.isPublic())
                .map(e -> new TimelineEntry(e.action().name(), e.to().name(),
                        Messages.text(language, "status." + e.to().name()), e.occurredAt()))
                .toList();
        return Response.ok(new Timeline(r.trackingNumber().formatted(), r.status().name(),
                Messages.text(language, "status." + r.status().name()), r.unit().name(language), events)).build();
    }

    /** @param text the citizen's answer to the clerk's question, or why they withdraw */
    public record CitizenWords(String text) {
    }

    @POST
    @Path("{trackingNumber}/answers")
    @Operation(summary = "Answer the clerk's question (the request goes back to the clerk)")
    public Response answer(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, CitizenWords words) {
        return asCitizen(authorization, request -> lifecycle.citizenAnswers(request.trackingNumber(),
                words == null ? null : words.text()));
    }

    @POST
    @Path("{trackingNumber}/withdrawal")
    @Operation(summary = "Withdraw the request")
    public Response withdraw(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, CitizenWords words) {
        return asCitizen(authorization, request -> lifecycle.withdraw(request.trackingNumber(),
                words == null ? null : words.text()));
    }

    /**
     * @param rating  1 (very dissatisfied) to 5 (very satisfied)
     * @param comment optional, in the citizen's words
     */
    public record ReturnVisit(Integer rating, String comment) {
    }

    @POST
    @Path("{trackingNumber}/return-visit")
    @Operation(summary = "Rate how the request was handled (回访)",
            description = "Possible once it is resolved or followed up. 3 to 5 closes it; 1 or 2 reopens it for a "
                    + "supervisor of its unit.")
    @APIResponse(responseCode = "200", description = "The request's new status")
    @APIResponse(responseCode = "400", description = "Rating missing or not 1 to 5, or comment too long")
    @APIResponse(responseCode = "409", description = "Not resolved yet, already closed, or nobody to reopen it for")
    public Response returnVisit(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, ReturnVisit visit) {
        return asCitizen(authorization, request -> lifecycle.recordCitizenReturnVisit(request.trackingNumber(),
                visit == null || visit.rating() == null ? 0 : visit.rating(), visit == null ? null : visit.comment()));
    }

    @GET
    @Path("{trackingNumber}/personal-data-reads")
    @Operation(summary = "Who read the citizen's personal data (a role of a unit), when and why")
    public Response personalDataReads(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        Optional<ServiceRequest> request = access.authorise(trackingNumber, authorization);
        return request.map(r -> Response.ok(personalData.readsOf(r.id(), language())).build())
                .orElseGet(() -> Problem.response(401, "citizen-token-required", language()));
    }

    private Response asCitizen(String authorization, java.util.function.Function<ServiceRequest, RequestStatus> move) {
        Optional<ServiceRequest> request = access.authorise(trackingNumber, authorization);
        if (request.isEmpty()) {
            return Problem.response(401, "citizen-token-required", language());
        }
        RequestStatus status = move.apply(request.get());
        return Response.ok(java.util.Map.of("trackingNumber", request.get().trackingNumber().formatted(),
                "status", status.name())).build();
    }


    private Language language() {
        return callerLanguage.current();
    }
}
