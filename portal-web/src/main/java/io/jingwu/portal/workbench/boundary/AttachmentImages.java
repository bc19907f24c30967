package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.attachments.boundary.Attachments;
import io.jingwu.api.attachments.entity.Attachment;
import io.jingwu.api.requests.entity.RequestNotFound;
import io.jingwu.api.requests.entity.TrackingNumber;
import io.jingwu.api.staff.boundary.CurrentStaff;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code /workbench/attachments?tn=<tracking number>&id=<attachment id>}: one image of a request, for the request
 * page's previews. Behind the workbench's sign-in (web.xml); a request the clerk does not reach, or an attachment
 * of another request, answers 404 like one that does not exist. Never cached on the way.
 */
@WebServlet("/workbench/attachments")
public class AttachmentImages extends HttpServlet {

    @Inject
    transient Attachments attachments;

    @Inject
    transient CurrentStaff staff;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Attachment image;
        try {
            TrackingNumber number = TrackingNumber.parse(request.getParameter("tn")).orElseThrow(RequestNotFound::new);
            image = attachments.withContent(number, Long.parseLong(request.getParameter("id")), staff.actor());
        } catch (RequestNotFound | NumberFormatException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(image.mediaType());
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setContentLength(image.content().length);
        response.getOutputStream().write(image.content());
    }
}
