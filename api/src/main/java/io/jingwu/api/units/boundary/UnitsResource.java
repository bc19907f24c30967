package io.jingwu.api.units.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.SecuritySchemes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Administrators keep the units up to date here, without a redeploy: a new police station, a renamed team, a
 * changed jurisdiction, a unit that closes.
 */
@Path("v1/admin/units")
@RolesAllowed("ADMIN")
@Tag(name = "Admin: units", description = "Units that own a queue, and where they serve")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UnitsResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    Units units;


    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "All units", description = "Active and inactive, by code.")
    public List<UnitView> list() {
        return units.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One unit")
    @APIResponse(responseCode = "404", description = "No such unit")
    public Response get(@PathParam("id") long id) {
        return units.find(id).map(view -> Response.ok(view).build()).orElseGet(this::notFound);
    }

    @POST
    @Operation(summary = "Create a unit", description = "Code, names in Chinese and English, kind, jurisdiction prefixes.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, or the code is taken")
    public Response create(UnitInput body) {
        UnitView created = units.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.id())).build())
                .entity(created).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Describe a unit anew", description = "Code, names, kind and jurisdiction replace the old ones; active if given.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid input, or the code is taken")
    @APIResponse(responseCode = "404", description = "No such unit")
    public Response change(@PathParam("id") long id, UnitInput body) {
        return units.change(id, body).map(view -> Response.ok(view).build()).orElseGet(this::notFound);
    }

    private Response notFound() {
        return Problem.response(404, "unit-not-found", callerLanguage.current());
    }
}
