package io.jingwu.api.institutions.boundary;

import io.jingwu.api.institutions.control.InstitutionKeys;
import io.jingwu.api.institutions.entity.Admission;
import io.jingwu.api.platform.rest.Caching;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A relying institution tries its key here: who the key says it is and its allowance. The call counts against the
 * allowance like any other, so that the institution sees exactly what its checks will see.
 */
@Path("v1/institutions")
@Tag(name = "Relying institutions", description = "Banks, hotels and public offices calling with their API key")
@SecurityScheme(securitySchemeName = InstitutionRefusals.SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = InstitutionRefusals.HEADER,
        description = "An institution's key, jw_<prefix>_<secret>, issued by an administrator")
@Produces(MediaType.APPLICATION_JSON)
public class MyInstitutionResource {

    @Inject
    InstitutionKeys keys;

    @Inject
    Institutions institutions;

    /** @param kind BANK, HOTEL, PUBLIC_OFFICE or OTHER */
    public record Me(String name, String kind, int checksPerMinute) {
    }

    @GET
    @Path("me")
    @SecurityRequirement(name = InstitutionRefusals.SCHEME)
    @Operation(summary = "The institution the key belongs to", description = "Counts as one check of its allowance per minute.")
    @APIResponse(responseCode = "200", description = "The institution's name, kind and checks per minute")
    @APIResponse(responseCode = "401", description = "No key, or a key that is malformed, unknown, replaced or revoked")
    @APIResponse(responseCode = "429", description = "The checks of the last minute used up the allowance; Retry-After says when to try again")
    public Response me(@Parameter(hidden = true) @HeaderParam(InstitutionRefusals.HEADER) String apiKey) {
        Admission caller = InstitutionRefusals.require(keys.admit(apiKey));
        InstitutionView institution = institutions.find(caller.institutionId()).orElseThrow();
        return Response.ok(new Me(institution.name(), institution.kind(), institution.checksPerMinute()))
                .cacheControl(Caching.noStore()).build();
    }
}
