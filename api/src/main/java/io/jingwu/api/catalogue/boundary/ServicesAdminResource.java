package io.jingwu.api.catalogue.boundary;

import io.jingwu.api.catalogue.control.ServiceSpec;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Admins define the catalogue: a service is added or changed by sending its whole definition, which applies
 * to the next request on every instance, without a redeploy. Withdrawing a service sets {@code active} to
 * false; it is never deleted, as requests keep referring to it.
 * <p>
 * {@code @RolesAllowed} is enforced by Payara itself for JAX-RS resources (its own request filter, on by
 * default): a caller who is not signed in is sent through the application's authentication mechanism (401),
 * a signed-in caller without the role gets 403.
 */
@Path("v1/admin/services")
@RolesAllowed("ADMIN")
@Tag(name = "Catalogue administration", description = "Admins add and change services (role ADMIN)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ServicesAdminResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    Catalogue catalogue;


    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "Every service definition", description = "Active or not, in the form PUT takes.")
    @APIResponse(responseCode = "200", description = "The definitions")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public List<ServiceSpec> all() {
        return catalogue.definitions();
    }

    @GET
    @Path("{type}/{category}")
    @Operation(summary = "One service definition", description = "Active or not, in the form PUT takes.")
    @APIResponse(responseCode = "200", description = "The definition")
    @APIResponse(responseCode = "404", description = "No such service")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response one(@PathParam("type") String type, @PathParam("category") String category) {
        return catalogue.definition(type, category)
                .map(spec -> Response.ok(spec).build())
                .orElseGet(() -> Problem.response(404, "service-not-found", language()));
    }

    @PUT
    @Path("{type}/{category}")
    @Operation(summary = "Add or replace a service",
            description = "Takes the whole definition: texts per language (zh and en required, ru optional), unit kinds, default "
                    + "priority, and the fields in the order asked, each with its data type, limits, texts and choices.")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "200", description = "Replaced")
    @APIResponse(responseCode = "400", description = "Invalid definition: a problem document listing every problem")
    @APIResponse(responseCode = "401", description = "Not signed in")
    @APIResponse(responseCode = "403", description = "Not an admin")
    public Response define(@PathParam("type") String type, @PathParam("category") String category, ServiceSpec spec) {
        Catalogue.Defined defined = catalogue.define(type, category, spec);
        return defined.created()
                ? Response.created(uriInfo.getAbsolutePath()).entity(defined.definition()).build()
                : Response.ok(defined.definition()).build();
    }

    private Language language() {
        return callerLanguage.current();
    }
}
