package io.jingwu.api.identity.credentials.boundary;

import io.jingwu.api.institutions.boundary.InstitutionRefusals;
import io.jingwu.api.institutions.control.InstitutionKeys;
import io.jingwu.api.institutions.entity.Admission;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.Caching;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Relying institutions (banks, hotels, offices) check a person's credential with their API key: by the code the
 * person reads out or by the token their QR code carries. Every check is recorded for the holder to see.
 */
@Path("v1/verifications")
@Tag(name = "Identity verification")
@Produces(MediaType.APPLICATION_JSON)
public class VerificationsResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    InstitutionKeys keys;

    @Inject
    Credentials credentials;


    @GET
    @Path("{code}")
    @SecurityRequirement(name = InstitutionRefusals.SCHEME)
    @Operation(summary = "Check a person's credential",
            description = "`code` is the credential's code (XXXX-XXXX-XXXX; case, spaces and dashes do not matter) or "
                    + "the token its QR code carries. The answer names the holder and their document's type, never "
                    + "its number. VALID, REVOKED (by the holder, or replaced by a newer verification) or EXPIRED.")
    @APIResponse(responseCode = "200", description = "{status, name, nationality, documentType, level, validUntil}")
    @APIResponse(responseCode = "401", description = "No key, or one that is malformed, unknown, replaced or revoked")
    @APIResponse(responseCode = "404", description = "No credential has this code (or the token is not genuine)")
    @APIResponse(responseCode = "429", description = "The key's checks per minute are used up; Retry-After says when to try again")
    public Response check(@Parameter(hidden = true) @HeaderParam(InstitutionRefusals.HEADER) String apiKey,
                          @PathParam("code") String code, @QueryParam("lang") String lang) {
        Admission caller = InstitutionRefusals.require(keys.admit(apiKey));
        return credentials.check(code, caller.institutionId())
                .map(answer -> Response.ok(answer).cacheControl(Caching.noStore()).build())
                .orElseGet(() -> Problem.response(404, "credential-not-found",
                        callerLanguage.current()));
    }
}
