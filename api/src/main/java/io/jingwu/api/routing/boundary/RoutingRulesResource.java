package io.jingwu.api.routing.boundary;

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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Administrators keep the routing rules without a redeploy. */
@Path("v1/admin/routing-rules")
@Tag(name = "Admin: routing", description = "Routing rules: (type, category, division prefix) -> unit")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingRulesResource {

    @Inject
    RoutingRules rules;

    @GET
    @Operation(summary = "Every routing rule")
    public List<RoutingRules.RuleView> all() {
        return rules.all();
    }

    @POST
    @Operation(summary = "Add a rule", description = "Refused when it ties with an existing rule.")
    public Response add(RoutingRules.RuleInput input) {
        return Response.status(201).entity(rules.add(input == null
                ? new RoutingRules.RuleInput(null, null, null, null) : input)).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a rule (not the catch-all one)")
    public Response remove(@PathParam("id") long id) {
        rules.remove(id);
        return Response.noContent().build();
    }
}
