package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.staff.control.ActiveStaff;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/** Who the token speaks for: a client shows the signed-in clerk's name, roles and units from here. */
@Path("v1/staff/me")
@RolesAllowed({"CLERK", "SUPERVISOR", "ADMIN"})
@Tag(name = "Staff sign-in")
@SecurityRequirement(name = TokensResource.SCHEME)
@Produces(MediaType.APPLICATION_JSON)
public class CurrentStaffResource {

    @Inject
    CurrentStaff current;

    @Inject
    ActiveStaff staff;

    @Inject
    Clock clock;

    @Context
    HttpHeaders headers;

    @GET
    @Operation(summary = "The signed-in member of staff", description = "User name, display name, roles and units, as they are now.")
    public StaffUserView me() {
        Language language = Language.negotiate(headers.getAcceptableLanguages());
        return staff.find(current.actor().username())
                .map(user -> StaffUserView.of(user, language, clock.instant()))
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }
}
