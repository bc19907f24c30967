package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.SecuritySchemes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
 * Administrators manage staff accounts here: who may sign in, with which roles, for which units. Answers never
 * contain a password or its hash.
 */
@Path("v1/admin/users")
@RolesAllowed("ADMIN")
@Tag(name = "Admin: staff accounts", description = "Clerks, supervisors and administrators, their roles and units")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class StaffUsersResource {

    @Inject
    CallerLanguage callerLanguage;

    static final int MAX_PAGE = 200;

    @Inject
    StaffUsers users;


    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Create an account", description = "User name, display name, first password, roles and unit codes.")
    @APIResponse(responseCode = "201", description = "Created")
    @APIResponse(responseCode = "400", description = "Invalid input, or the user name is taken")
    public Response create(NewStaffUser body) {
        StaffUserView created = users.create(body, language());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @GET
    @Operation(summary = "List accounts", description = "By user name, a page at a time.")
    public List<StaffUserView> list(@QueryParam("offset") @DefaultValue("0") int offset,
                                    @QueryParam("limit") @DefaultValue("50") int limit) {
        return users.list(Math.max(0, offset), Math.min(Math.max(1, limit), MAX_PAGE), language());
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account")
    @APIResponse(responseCode = "404", description = "No such user")
    public Response get(@PathParam("username") String username) {
        return users.find(username, language())
                .map(view -> Response.ok(view).build())
                .orElseGet(this::notFound);
    }

    @PATCH
    @Path("{username}")
    @Operation(summary = "Change an account", description = "Display name, roles, unit codes, active: what is given changes.")
    @APIResponse(responseCode = "200", description = "Changed")
    @APIResponse(responseCode = "400", description = "Invalid input, or it would leave no active administrator")
    @APIResponse(responseCode = "404", description = "No such user")
    public Response change(@PathParam("username") String username, StaffUserChange body) {
        return users.change(username, body, language())
                .map(view -> Response.ok(view).build())
                .orElseGet(this::notFound);
    }

    @PUT
    @Path("{username}/password")
    @Operation(summary = "Reset a password", description = "Also lifts a lock; tokens issued before stop working.")
    @APIResponse(responseCode = "204", description = "Changed")
    @APIResponse(responseCode = "400", description = "The password does not meet the policy")
    @APIResponse(responseCode = "404", description = "No such user")
    public Response resetPassword(@PathParam("username") String username, NewPassword body) {
        return users.resetPassword(username, body) ? Response.noContent().build() : notFound();
    }

    private Response notFound() {
        return Problem.response(404, "staff-user-not-found", language());
    }

    private Language language() {
        return callerLanguage.current();
    }
}
