package io.jingwu.api.fraud.officials.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.SecuritySchemes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

import java.util.List;

/** The police's published phone numbers, which the officer check names. */
@Path("v1/admin/official-phones")
@RolesAllowed("ADMIN")
@Tag(name = "Anti-fraud")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
public class OfficialPhonesResource {

    @Inject
    OfficialPhones phones;

    @Inject
    CallerLanguage callerLanguage;

    @GET
    @Operation(summary = "Every published number")
    public List<OfficialPhoneView> list() {
        return phones.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a published number", description = "`phone`, `unitCode` (none for a national line), "
            + "`labelZh`, `labelEn`, `labelRu` (English when absent), `source` (where it is published).")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Every broken rule")
    public Response add(OfficialPhoneInput input) {
        return Response.status(201).entity(phones.add(input)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a number that is no longer published")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such number")
    public Response remove(@PathParam("id") long id) {
        return phones.remove(id) ? Response.noContent().build()
                : Problem.response(404, "fraud-official-phone-not-found", callerLanguage.current());
    }
}
