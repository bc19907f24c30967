package io.jingwu.api.sla.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Administrators keep the working calendar: holidays, and weekend days worked in exchange (调休). Any day not
 * listed is a working day from Monday to Friday.
 */
@Path("v1/admin/working-calendar")
@Tag(name = "Admin: SLA", description = "The working calendar that working-day promises count in")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WorkingCalendarResource {

    @Inject
    WorkingCalendarDays days;

    @GET
    @Operation(summary = "The holidays and swapped working days of a year")
    public List<WorkingCalendarDays.DayView> ofYear(@QueryParam("year") int year) {
        return days.ofYear(year);
    }

    @PUT
    @Path("{date}")
    @Operation(summary = "Mark a day a holiday or a swapped working day")
    public WorkingCalendarDays.DayView put(@PathParam("date") String date, WorkingCalendarDays.DayInput input) {
        return days.put(date, input == null ? new WorkingCalendarDays.DayInput(null, null, null) : input);
    }

    @DELETE
    @Path("{date}")
    @Operation(summary = "Let a day follow the weekday rule again")
    public Response remove(@PathParam("date") String date) {
        days.remove(date);
        return Response.noContent().build();
    }
}
