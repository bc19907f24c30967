package io.jingwu.api.institutions.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.rest.Caching;
import io.jingwu.api.platform.rest.SecuritySchemes;
import io.jingwu.api.staff.boundary.CurrentStaff;
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
 * Administrators admit relying institutions (banks, hotels, public offices) here and manage their API keys. A key
 * is in the answer that makes it and never again: lists show only its prefix.
 */
@Path("v1/admin/institutions")
@RolesAllowed("ADMIN")
@Tag(name = "Admin: relying institutions", description = "Banks, hotels and offices that check verifications with an API key")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InstitutionsAdminResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    Institutions institutions;

    @Inject
    CurrentStaff staff;


    @Context
    UriInfo uriInfo;

    @GET
    @Operation(summary = "All institutions", description = "Active first, by name; revoked ones stay for the record. Never a key, only its prefix.")
    public List<InstitutionView> list() {
        return institutions.list();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One institution")
    @APIResponse(responseCode = "404", description = "No such institution")
    public Response get(@PathParam("id") long id) {
        return institutions.find(id).map(view -> Response.ok(view).build()).orElseGet(this::notFound);
    }

    @POST
    @Operation(summary = "Add an institution and issue its key",
            description = "Name (at most 100 characters), kind (BANK, HOTEL, PUBLIC_OFFICE, OTHER), optional contact, "
                    + "checks per minute (1 to 10000, 60 when absent). The answer holds the key, "
                    + "jw_<prefix>_<secret>: it is shown this once and cannot be shown again.")
    @APIResponse(responseCode = "201", description = "Added: the institution and its key")
    @APIResponse(responseCode = "400", description = "Invalid input")
    public Response create(InstitutionInput body) {
        IssuedKey issued = institutions.create(body, staff.actor());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(issued.institution().id())).build())
                .entity(issued).cacheControl(Caching.noStore()).build();
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Describe an institution anew",
            description = "Name, kind and contact replace the old ones; checks per minute too when given. Applies to its next check.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid input")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "409", description = "The institution is revoked")
    public Response change(@PathParam("id") long id, InstitutionInput body) {
        return institutions.change(id, body).map(view -> Response.ok(view).build()).orElseGet(this::notFound);
    }

    @POST
    @Path("{id}/key")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Give an institution a new key",
            description = "The old key is refused from now on. The new key is shown this once.")
    @APIResponse(responseCode = "200", description = "The institution and its new key")
    @APIResponse(responseCode = "404", description = "No such institution")
    @APIResponse(responseCode = "409", description = "The institution is revoked")
    public Response rotate(@PathParam("id") long id) {
        return institutions.rotate(id).map(issued -> Response.ok(issued).cacheControl(Caching.noStore()).build())
                .orElseGet(this::notFound);
    }

    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Revoke an institution's key",
            description = "Final: the key is refused from now on, and the institution is kept for the record (who revoked it, when).")
    @APIResponse(responseCode = "200", description = "Revoked (also when it already was)")
    @APIResponse(responseCode = "404", description = "No such institution")
    public Response revoke(@PathParam("id") long id) {
        return institutions.revoke(id, staff.actor()).map(view -> Response.ok(view).build()).orElseGet(this::notFound);
    }

    private Response notFound() {
        return InstitutionProblems.notFound(callerLanguage.current());
    }
}
