package io.jingwu.api.sla.boundary;

import io.jingwu.api.staff.boundary.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** What a supervisor must chase: open requests of their units that missed a deadline, most overdue first. */
@Path("v1/staff/escalations")
@Tag(name = "SLA", description = "Deadline warnings and escalations for supervisors")
@RolesAllowed("SUPERVISOR")
@Produces(MediaType.APPLICATION_JSON)
public class EscalationsResource {

    @Inject
    StaffAlerts alerts;

    @Inject
    CurrentStaff staff;

    @GET
    @Operation(summary = "Open requests of the caller's units past the deadline of their stage")
    public List<StaffAlerts.EscalationView> open() {
        return alerts.escalations(staff.actor());
    }
}
