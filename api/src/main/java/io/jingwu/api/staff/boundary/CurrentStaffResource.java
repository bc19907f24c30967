package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.rest.SecuritySchemes;
import io.jingwu.api.staff.control.ActiveStaff;
import io.jingwu.api.staff.control.SignInAttempts;
import io.jingwu.api.staff.control.StaffTokens;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Clock;

/**
 * Who the token speaks for: a client shows the signed-in clerk's name, roles and units from here. Also where the
 * member changes their own password.
 */
@Path("v1/staff/me")
@RolesAllowed({"CLERK", "SUPERVISOR", "ADMIN"})
@Tag(name = "Staff sign-in")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
public class CurrentStaffResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    CurrentStaff current;

    @Inject
    ActiveStaff staff;

    @Inject
    Clock clock;

    @Inject
    OwnPasswords passwords;

    @Inject
    StaffTokens tokens;


    @GET
    @Operation(summary = "The signed-in member of staff", description = "User name, display name, roles and units, as they are now.")
    public StaffUserView me() {
        Language language = callerLanguage.current();
        return staff.find(current.actor().username())
                .map(user -> StaffUserView.of(user, language, clock.instant()))
                .orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }

    @PUT
    @Path("password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change my password",
            description = "With the current password, a new one that meets the policy (12 to 128 characters, not the"
                    + " user name) and differs from it. Every token issued before ends, on every device, as after a"
                    + " reset; the answer carries a new token for the caller to go on with.")
    @APIResponse(responseCode = "200", description = "{\"token\": \"<signed JWT>\"}")
    @APIResponse(responseCode = "400", description = "The current password is not right, or the new one does not meet the policy")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins from this address in the last minute")
    public Response changePassword(PasswordChange body) {
        SignInAttempts.SignedIn renewed = passwords.change(current.actor(), body);
        return Response.ok(new TokenResponse(tokens.issue(renewed.actor(), renewed.tokenGeneration())))
                .header("Cache-Control", "no-store")
                .build();
    }
}
