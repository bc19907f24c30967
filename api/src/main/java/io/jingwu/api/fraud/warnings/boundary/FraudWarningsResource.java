package io.jingwu.api.fraud.warnings.boundary;

import io.jingwu.api.fraud.warnings.control.WarningInput;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.Caching;
import io.jingwu.api.platform.rest.SecuritySchemes;
import io.jingwu.api.staff.boundary.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * The anti-fraud centre warns the followers of a county or a city of a new scam, each in their language, by text
 * message through the outbox (retried and recorded like every other text to citizens).
 */
@Path("v1/fraud/warnings")
@RolesAllowed("ANTI_FRAUD")
@Tag(name = "Anti-fraud warnings", description = "Warnings of new scams by text message, by district and language")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
public class FraudWarningsResource {

    @Inject
    FraudWarnings warnings;

    @Inject
    CurrentStaff staff;

    @Inject
    CallerLanguage callerLanguage;

    @Context
    UriInfo uriInfo;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Warn an area's followers",
            description = "Body: `divisionCode` (a county, 330522; or a city, 330500 or 3305), `texts` (`zh` required, "
                    + "`en` and `ru` optional: followers of a language without its own text read English, then "
                    + "Chinese), optional `scamKind` (a kind of the anti-fraud check, e.g. FAKE_CUSTOMER_SERVICE). One "
                    + "message per phone following a district of the area, in its language, ending with its unsubscribe "
                    + "link; a text whose message would take more than five parts is refused. Only within the "
                    + "jurisdiction of the member's anti-fraud centre. Answers once every message is queued.")
    @APIResponse(responseCode = "201", description = "The warning, with `queued`: how many messages were queued")
    @APIResponse(responseCode = "400", description = "Every broken rule, in the caller's language; nothing sent")
    @APIResponse(responseCode = "403", description = "Not anti-fraud staff, or the area lies outside their centre's jurisdiction")
    public Response publish(WarningInput input) {
        WarningView published = warnings.publish(input == null ? new WarningInput(null, null, null) : input,
                staff.actor());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(published.id())).build())
                .entity(published).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One warning", description = "How many messages are queued so far, and whether all are.")
    @APIResponse(responseCode = "200", description = "The warning")
    @APIResponse(responseCode = "404", description = "No such warning")
    public Response one(@PathParam("id") long id) {
        return warnings.find(id).map(view -> Response.ok(view).cacheControl(Caching.noStore()).build())
                .orElseGet(() -> Problem.response(404, "fraud-warning-not-found", callerLanguage.current()));
    }

    @GET
    @Operation(summary = "The warnings published, newest first", description = "By every centre; at most 200 a page (`offset`, `limit`).")
    public Response list(@QueryParam("offset") @DefaultValue("0") int offset,
                         @QueryParam("limit") @DefaultValue("50") int limit) {
        List<WarningView> page = warnings.list(offset, limit);
        return Response.ok(page).cacheControl(Caching.noStore()).build();
    }
}
