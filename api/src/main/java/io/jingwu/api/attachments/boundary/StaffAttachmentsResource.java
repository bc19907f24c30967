package io.jingwu.api.attachments.boundary;

import io.jingwu.api.attachments.entity.Attachment;
import io.jingwu.api.requests.entity.RequestNotFound;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.staff.boundary.CurrentStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Staff see the images of their own units' requests: the list, and each image with its media type. A request
 * of another unit, or an attachment of another request, answers 404. Images are never cached on the way.
 */
// Shares its root with StaffRequestsResource; its "{trackingNumber}/{move}" template takes POST only.
@Path("v1/staff/requests")
@Tag(name = "Staff requests", description = "Requests of the caller's units and their lifecycle")
@RolesAllowed({"CLERK", "SUPERVISOR"})
public class StaffAttachmentsResource {

    @Inject
    Attachments attachments;

    @Inject
    CurrentStaff staff;

    @GET
    @Path("{trackingNumber}/attachments")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The request's images, described (not their content)")
    public List<AttachmentView> list(@PathParam("trackingNumber") String trackingNumber) {
        return attachments.forStaff(number(trackingNumber), staff.actor());
    }

    @GET
    @Path("{trackingNumber}/attachments/{id}")
    @Produces({"image/jpeg", "image/png", "image/webp"})
    @Operation(summary = "One image, as stored (without its metadata)")
    public Response image(@PathParam("trackingNumber") String trackingNumber, @PathParam("id") long id) {
        Attachment attachment = attachments.withContent(number(trackingNumber), id, staff.actor());
        return Response.ok(attachment.content(), attachment.mediaType())
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static TrackingNumber number(String text) {
        return TrackingNumber.parse(text).orElseThrow(RequestNotFound::new);
    }
}
