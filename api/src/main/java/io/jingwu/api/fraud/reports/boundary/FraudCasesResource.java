package io.jingwu.api.fraud.reports.boundary;

import io.jingwu.api.platform.rest.Caching;
import io.jingwu.api.platform.rest.SecuritySchemes;
import io.jingwu.api.staff.boundary.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A fraud report's figures, and its stop-payment outcome, for the staff of the unit that holds it. */
@Path("v1/staff/fraud-cases/{trackingNumber}")
@RolesAllowed({"CLERK", "SUPERVISOR"})
@Tag(name = "Anti-fraud")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
public class FraudCasesResource {

    @Inject
    StopPayments stopPayments;

    @Inject
    CurrentStaff staff;

    public record StopPaymentInput(String amountStopped) {
    }

    @GET
    @Operation(summary = "The report's figures: kind of scam, money lost or at risk, money stopped")
    @APIResponse(responseCode = "404", description = "Not a fraud report of my units")
    public Response get(@PathParam("trackingNumber") String trackingNumber) {
        return Response.ok(stopPayments.of(trackingNumber, staff.actor())).cacheControl(Caching.noStore()).build();
    }

    @PUT
    @Path("stop-payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record the stop-payment outcome", description = "`amountStopped` in yuan (\"12000.50\"), at most "
            + "what was lost or at risk. A later record corrects an earlier one.")
    @APIResponse(responseCode = "200", description = "Recorded")
    @APIResponse(responseCode = "400", description = "Not an amount, or more than was lost")
    @APIResponse(responseCode = "404", description = "Not a fraud report of my units")
    public Response record(@PathParam("trackingNumber") String trackingNumber, StopPaymentInput input) {
        return Response.ok(stopPayments.record(trackingNumber, input == null ? null : input.amountStopped(),
                staff.actor())).build();
    }
}
