package io.jingwu.api.fraud.alerts.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.Caching;
import io.jingwu.api.platform.rest.SecuritySchemes;
import io.jingwu.api.staff.boundary.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bank counter alerts for the police stations: where to go at once. */
@Path("v1/staff/fraud-alerts")
@RolesAllowed({"CLERK", "SUPERVISOR"})
@Tag(name = "Anti-fraud")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
public class StationAlertsResource {

    @Inject
    FraudAlerts alerts;

    @Inject
    CurrentStaff staff;

    @Inject
    CallerLanguage callerLanguage;

    @GET
    @Operation(summary = "Bank counter alerts of the last day for my stations", description = "Open ones first, newest first.")
    public Response list() {
        return Response.ok(alerts.ofStations(staff.actor())).cacheControl(Caching.noStore()).build();
    }

    @POST
    @Path("{id}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Officers are on their way", description = "The first acknowledgement counts.")
    @APIResponse(responseCode = "200", description = "Acknowledged")
    @APIResponse(responseCode = "404", description = "No such alert for my stations")
    public Response acknowledge(@PathParam("id") long id) {
        return alerts.acknowledge(id, staff.actor()).map(view -> Response.ok(view).build())
                .orElseGet(() -> Problem.response(404, "fraud-alert-not-found", callerLanguage.current()));
    }
}
