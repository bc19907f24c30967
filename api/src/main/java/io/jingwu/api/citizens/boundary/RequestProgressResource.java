package io.jingwu.api.citizens.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Anyone follows a request by its tracking number. */
@Path("v1/requests")
@Tag(name = "Requests", description = "Citizens' requests: submit and track")
@Produces(MediaType.APPLICATION_JSON)
public class RequestProgressResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    RequestProgress progress;


    @GET
    @Path("{trackingNumber}")
    @Operation(summary = "Follow a request", description = "Status and responsible unit only, never personal data.")
    @APIResponse(responseCode = "200", description = "The request's status")
    @APIResponse(responseCode = "404", description = "No request has this tracking number")
    public Response status(@PathParam("trackingNumber") String trackingNumber) {
        Language language = callerLanguage.current();
        return progress.of(trackingNumber, language)
                .map(view -> Response.ok(view).build())
                .orElseGet(() -> Problem.response(404, "request-not-found", language));
    }
}
