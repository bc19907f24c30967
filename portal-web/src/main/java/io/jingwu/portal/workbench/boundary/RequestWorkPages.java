package io.jingwu.portal.workbench.boundary;

import io.jingwu.api.staff.boundary.CurrentStaff;
import io.jingwu.api.staff.entity.StaffActor;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * The workbench's pages that work requests (the queue, a request, its images, the phone entry) follow the rule of
 * the staff API, {@link StaffActor#worksRequests()}: clerks and supervisors. Anyone else signed in, such as an
 * administrator bound to a unit, is answered 403 on every request to them, page or form post; the facades behind
 * reach no request for them either.
 */
@WebFilter({"/workbench/queue.xhtml", "/workbench/request.xhtml", "/workbench/attachments", "/workbench/phone.xhtml"})
public class RequestWorkPages extends HttpFilter {

    @Inject
    transient CurrentStaff staff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (staff.find().filter(actor -> !actor.worksRequests()).isPresent()) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
