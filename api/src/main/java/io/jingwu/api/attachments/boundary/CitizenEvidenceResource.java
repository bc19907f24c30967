package io.jingwu.api.attachments.boundary;

import io.jingwu.api.citizens.boundary.CitizenAccess;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.requests.entity.ServiceRequest;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.util.Optional;

/**
 * A citizen holding a citizen token ({@code Authorization: CitizenToken <token>}) adds evidence images to their
 * request and lists them. The body is the raw image; whatever Content-Type is declared, the content decides:
 * JPEG, PNG or WebP only, at most {@code jingwu.attachments.max-bytes} (5 MiB), 40 million pixels and 8000 pixels a
 * side, at most five per request, and at most 20 uploads per token and 100 per client address in an hour. The
 * image is decoded and encoded again (a WebP as a JPEG, or a PNG when it has transparency), which leaves nothing
 * of its metadata (EXIF with the GPS position, XMP, comments).
 */
// Shares its root with RequestsResource: a root of its own ("v1/requests/{trackingNumber}") would capture
// GET v1/requests/{trackingNumber} and answer it with 404.
@Path("v1/requests")
@Tag(name = "Evidence", description = "Images a citizen adds to their request")
@Produces(MediaType.APPLICATION_JSON)
public class CitizenEvidenceResource {

    @Inject
    CallerLanguage callerLanguage;


    @Inject
    CitizenAccess access;

    @Inject
    EvidenceUploads uploads;

    @Inject
    Attachments attachments;

    @Inject
    ClientAddress clientAddress;


    @Context
    HttpServletRequest http;

    @POST
    @Path("{trackingNumber}/evidence")
    @Operation(summary = "Add an image (JPEG, PNG or WebP, the raw bytes as the body) to the request")
    @APIResponse(responseCode = "201", description = "Stored, without its metadata")
    @APIResponse(responseCode = "400", description = "Not a JPEG, PNG or WebP image, unreadable, or too many pixels")
    @APIResponse(responseCode = "401", description = "No valid citizen token for this request")
    @APIResponse(responseCode = "409", description = "The request already has five images (the body is not read)")
    @APIResponse(responseCode = "413", description = "Larger than the size limit")
    @APIResponse(responseCode = "429", description = "Too many uploads from this token or address in the last hour; Retry-After says when to try again")
    @APIResponse(responseCode = "503", description = "Too many images being decoded at this moment; Retry-After says when to try again")
    public Response add(@PathParam("trackingNumber") String trackingNumber,
                        @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, InputStream body) {
        Optional<ServiceRequest> request = access.authorise(trackingNumber, authorization);
        if (request.isEmpty()) {
            return Problem.response(401, "citizen-token-required", language());
        }
        AttachmentView stored = uploads.fromCitizen(request.get().id(),
                CitizenAccess.tokenKey(authorization).orElseThrow(), clientAddress.of(http), body);
        return Response.status(201).entity(stored).build();
    }

    @GET
    @Path("{trackingNumber}/evidence")
    @Operation(summary = "The request's images, described (not their content)")
    @APIResponse(responseCode = "200", description = "The list, oldest first")
    @APIResponse(responseCode = "401", description = "No valid citizen token for this request")
    public Response list(@PathParam("trackingNumber") String trackingNumber,
                         @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return access.authorise(trackingNumber, authorization)
                .map(request -> Response.ok(attachments.of(request.id())).build())
                .orElseGet(() -> Problem.response(401, "citizen-token-required", language()));
    }


    private Language language() {
        return callerLanguage.current();
    }
}
