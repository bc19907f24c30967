package io.jingwu.api.staff.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.validation.InputCheck;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.SecuritySchemes;
import io.jingwu.api.staff.control.StaffSignIn;
import io.jingwu.api.staff.control.StaffTokens;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Staff sign in here and get a token to send as {@code Authorization: Bearer} on every staff call. Five wrong
 * passwords in a row lock the account for 15 minutes; an unknown user, a wrong password and a locked account
 * get the same answer. In front of that, a client address that failed too often in the last minute is asked to
 * wait (429 with {@code Retry-After}) before any password is checked.
 */
@Path("v1/auth/token")
@Tag(name = "Staff sign-in", description = "Tokens for clerks, supervisors and administrators")
@SecurityScheme(securitySchemeName = SecuritySchemes.STAFF_TOKEN, type = SecuritySchemeType.HTTP, scheme = "bearer",
        bearerFormat = "JWT", description = "A token from POST /api/v1/auth/token")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    StaffSignIn signIn;

    @Inject
    StaffTokens tokens;

    @Inject
    InputCheck inputs;


    @POST
    @Operation(summary = "Sign in", description = "Exchanges a user name and password for a signed token (JWT, valid 8 hours by default).")
    @APIResponse(responseCode = "200", description = "{\"token\": \"<signed JWT>\"}")
    @APIResponse(responseCode = "400", description = "User name or password missing")
    @APIResponse(responseCode = "401", description = "Refused: unknown user, wrong password or locked account, alike")
    @APIResponse(responseCode = "429", description = "Too many failed sign-ins from this address in the last minute;"
            + " Retry-After says when to try again")
    public Response issue(TokenRequest body) {
        require(body);
        return signIn.signIn(body.username(), body.password())
                .map(signedIn -> Response.ok(new TokenResponse(tokens.issue(signedIn.actor(), signedIn.tokenGeneration()))))
                .orElseGet(() -> Response.fromResponse(Problem.response(401, "sign-in-failed",
                        callerLanguage.current())))
                .header("Cache-Control", "no-store")
                .build();
    }

    private void require(TokenRequest body) {
        if (body == null) {
            throw new InvalidInputException(List.of(FieldError.of("body", "signIn.body.required")));
        }
        inputs.require(body);
    }
}
