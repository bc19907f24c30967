package io.jingwu.api.sla.boundary;

import io.jingwu.api.staff.boundary.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The SLA alerts of the member of staff signed in: a deadline near (SLA_WARNED) or missed (SLA_BREACHED). */
@Path("v1/staff/alerts")
@Tag(name = "SLA", description = "Deadline warnings and escalations for supervisors")
@RolesAllowed({"CLERK", "SUPERVISOR", "ADMIN"})
@Produces(MediaType.APPLICATION_JSON)
public class StaffAlertsResource {

    @Inject
    StaffAlerts alerts;

    @Inject
    CurrentStaff staff;

    @GET
    @Operation(summary = "The caller's alerts, newest first")
    public List<StaffAlerts.AlertView> mine() {
        return alerts.of(staff.actor());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of the caller's alerts read")
    public Response read(@PathParam("id") long id) {
        alerts.markRead(staff.actor(), id);
        return Response.noContent().build();
    }
}
