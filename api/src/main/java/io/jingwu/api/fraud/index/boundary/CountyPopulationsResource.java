package io.jingwu.api.fraud.index.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.problems.Problem;
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

import java.util.List;

/**
 * Administrators keep each county's population, with where the figure comes from: the anti-fraud index counts per
 * resident, and a county without a population has no index.
 */
@Path("v1/admin/county-populations")
@RolesAllowed("ADMIN")
@Tag(name = "Admin: anti-fraud index", description = "The county populations the anti-fraud index counts per resident")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CountyPopulationsResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    CountyPopulations populations;

    @Inject
    CurrentStaff staff;

    @GET
    @Operation(summary = "Every county with a population", description = "By code: the figure, its source, who set it and when.")
    public List<CountyPopulationView> list() {
        return populations.list();
    }

    @GET
    @Path("{code}")
    @Operation(summary = "One county's population")
    @APIResponse(responseCode = "404", description = "No population on record for this code")
    public Response get(@PathParam("code") String code) {
        return populations.find(code).map(view -> Response.ok(view).build())
                .orElseGet(() -> Problem.response(404, "county-population-not-found", callerLanguage.current()));
    }

    @PUT
    @Path("{code}")
    @Operation(summary = "Set a county's population and its source",
            description = "`population`: residents, 1 to 100,000,000; `source`: where the figure comes from (at most "
                    + "300 characters), e.g. the census table it was read from, or that it is a demo value. Replaces "
                    + "any earlier figure. The index counts with it from its next run (within ten minutes), for today "
                    + "and the days not yet computed.")
    @APIResponse(responseCode = "200", description = "Set")
    @APIResponse(responseCode = "400", description = "Not a county-level division code, or a figure or source that breaks a rule")
    public CountyPopulationView put(@PathParam("code") String code, CountyPopulationInput body) {
        return populations.put(code, body, staff.actor());
    }
}
