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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Administrators keep the promises made to citizens (accept within, resolve within) without a redeploy. */
@Path("v1/admin/sla-policies")
@Tag(name = "Admin: SLA", description = "SLA policies: (type, category, priority) -> accept and resolve time")
@RolesAllowed("ADMIN")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaPoliciesResource {

    @Inject
    SlaPolicies policies;

    @GET
    @Operation(summary = "Every SLA policy")
    public List<SlaPolicies.PolicyView> all() {
        return policies.all();
    }

    @PUT
    @Operation(summary = "Set the policy of a (type, category, priority)",
            description = "Creates it (201) or changes it (200); applies to deadlines set from now on.")
    public Response upsert(SlaPolicies.PolicyInput input) {
        SlaPolicies.Upserted upserted = policies.upsert(input == null
                ? new SlaPolicies.PolicyInput(null, null, null, null, null, null) : input);
        return Response.status(upserted.created() ? 201 : 200).entity(upserted.policy()).build();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a policy (not a type's catch-all one)")
    public Response remove(@PathParam("id") long id) {
        policies.remove(id);
        return Response.noContent().build();
    }
}
