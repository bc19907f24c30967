package io.jingwu.api.identity.credentials.boundary;

import io.jingwu.api.citizens.boundary.CitizenAccess;
import io.jingwu.api.identity.credentials.control.QrCodes;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.Caching;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * The holder's own credential, opened with the holder's token ({@code Authorization: CitizenToken <token>}) given
 * when it was issued: its state and QR code, who checked it when, and revocation.
 */
@Path("v1/identity/credentials/mine")
@Tag(name = "Identity verification")
@Produces(MediaType.APPLICATION_JSON)
public class CredentialsResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    Credentials credentials;


    @GET
    @Operation(summary = "The holder's credential and every check of it, newest first")
    @APIResponse(responseCode = "200", description = "The credential")
    @APIResponse(responseCode = "401", description = "No holder's token, or one that opens nothing")
    public Response mine(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("lang") String lang) {
        return answer(token(authorization).flatMap(credentials::holderView), lang);
    }

    @GET
    @Path("qr.svg")
    @Produces("image/svg+xml")
    @Operation(summary = "The credential's QR code (SVG), carrying its signed token")
    public Response qrCode(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("lang") String lang) {
        Optional<HolderView> view = token(authorization).flatMap(credentials::holderView);
        if (view.isEmpty()) {
            return refused(lang);
        }
        return Response.ok(QrCodes.svg(view.get().qrToken()), "image/svg+xml").cacheControl(Caching.noStore()).build();
    }

    @POST
    @Path("revocation")
    @Operation(summary = "Revoke the credential at once: institutions are told REVOKED from now on")
    @APIResponse(responseCode = "200", description = "The revoked credential")
    @APIResponse(responseCode = "401", description = "No holder's token, or one that opens nothing")
    public Response revoke(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @QueryParam("lang") String lang) {
        return answer(token(authorization).flatMap(credentials::revoke), lang);
    }

    private Response answer(Optional<HolderView> view, String lang) {
        return view.map(v -> Response.ok(v).cacheControl(Caching.noStore()).build()).orElseGet(() -> refused(lang));
    }

    private Response refused(String lang) {
        return Problem.response(401, "holder-token-required", callerLanguage.current());
    }

    private static Optional<String> token(String authorization) {
        return authorization != null && authorization.startsWith(CitizenAccess.TOKEN_SCHEME)
                ? Optional.of(authorization.substring(CitizenAccess.TOKEN_SCHEME.length()))
                : Optional.empty();
    }
}
