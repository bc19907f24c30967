package io.jingwu.api.requests.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.entity.Channel;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Citizens submit requests and follow them by tracking number. */
@Path("v1/requests")
@Tag(name = "Requests", description = "Citizens' requests: submit and track")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    @Inject
    Requests requests;

    @Context
    HttpHeaders headers;

    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Submit a request",
            description = "Checks the request, routes it to the queue of the responsible unit and answers with its tracking number.")
    @APIResponse(responseCode = "201", description = "Stored and routed")
    @APIResponse(responseCode = "400", description = "Invalid input: a problem document listing every invalid field")
    public Response submit(RequestInput input) {
        RequestReceipt receipt = requests.submit(input, Channel.API, language());
        return Response.created(uriInfo.getAbsolutePathBuilder().path(receipt.trackingNumber()).build())
                .entity(receipt)
                .build();
    }

    @GET
    @Path("{trackingNumber}")
    @Operation(summary = "Follow a request", description = "Status and responsible unit only, never personal data.")
    @APIResponse(responseCode = "200", description = "The request's status")
    @APIResponse(responseCode = "404", description = "No request has this tracking number")
    public Response status(@PathParam("trackingNumber") String trackingNumber) {
        Language language = language();
        return requests.status(trackingNumber, language)
                .map(view -> Response.ok(view).build())
                .orElseGet(() -> Problem.response(404, "request-not-found", language));
    }

    private Language language() {
        return Language.negotiate(headers.getAcceptableLanguages());
    }
}
