package io.jingwu.api.identity.verification.boundary;

import io.jingwu.api.identity.credentials.boundary.IssuedCredential;
import io.jingwu.api.identity.verification.control.VerificationInput;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.Caching;
import io.jingwu.api.requests.entity.Channel;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verifying a resident or foreign resident: the document and phone, then the code from the phone. */
@Path("v1/identity/verifications")
@Tag(name = "Identity verification", description = "Verify a person once; reuse the credential at banks, hotels and offices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class IdentityVerificationsResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    IdentityVerifications verifications;


    @Context
    HttpServletRequest http;

    @Inject
    ClientAddress clientAddress;

    @Context
    UriInfo uri;

    @POST
    @Operation(summary = "Start a verification: check the document, send a code to the phone",
            description = "Body: `kind` and `value` (and `fields` for a typed passport) as for the document checks, "
                    + "`name` and `birthDate` (yyyy-mm-dd) unless the document carries them, `phone`, `divisionCode` "
                    + "(where the person lives) and `lang` (zh, en or ru). Expired documents are refused.")
    @APIResponse(responseCode = "201", description = "The code is on its way; confirm it with the verification's id")
    @APIResponse(responseCode = "400", description = "Every broken rule, in the caller's language; nothing stored")
    @APIResponse(responseCode = "429", description = "Too many verifications for this phone, address or document")
    public Response start(@Parameter(description = "overrides Accept-Language") @QueryParam("lang") String lang,
                          VerificationInput input) {
        callerLanguage.bodySays(input == null ? null : input.lang());
        Language language = callerLanguage.current();
        VerificationInput given = input == null
                ? new VerificationInput(null, null, null, null, null, null, null, null) : input;
        return verifications.start(given, clientAddress.of(http), language)
                .map(started -> Response.created(uri.getAbsolutePathBuilder().path(started.verificationId()).build())
                        .entity(started).cacheControl(Caching.noStore()).build())
                .orElseGet(() -> Problem.response(429, "too-many-verifications", language));
    }

    public record Confirmation(String code) {
    }

    /** The answer to a confirmation; for REFERRED the same whatever the registry and the carrier said. */
    @JsonbNillable
    public record ConfirmationAnswer(String status, IssuedCredential credential, String trackingNumber, String message) {
    }

    @POST
    @Path("{verificationId}/confirmation")
    @Operation(summary = "Confirm the phone's code: the person is then matched in the population registry, and the "
            + "phone in the carrier's real-name records",
            description = "VERIFIED gives the credential once: its code to read out, the token for its QR code, the "
                    + "holder's token (for `/api/v1/identity/credentials/mine`) and its validity. REFERRED means the "
                    + "person could not be confirmed (the registry did not, or the phone is not registered to them at "
                    + "the carrier; the answer does not say which): a request was opened for the office that sorts it out, "
                    + "and its tracking number is given.")
    @APIResponse(responseCode = "200", description = "VERIFIED with the credential, or REFERRED with the request")
    @APIResponse(responseCode = "404", description = "No such verification")
    @APIResponse(responseCode = "422", description = "Wrong, spent or expired code")
    @APIResponse(responseCode = "503", description = "The registry or the carrier cannot be asked now; the code stays good")
    public Response confirm(@PathParam("verificationId") String verificationId,
                            @QueryParam("lang") String lang, Confirmation confirmation) {
        Language language = callerLanguage.current();
        VerificationOutcome outcome = verifications.confirm(verificationId,
                confirmation == null ? null : confirmation.code(), Channel.API);
        return switch (outcome.result()) {
            case VERIFIED -> Response.ok(new ConfirmationAnswer("VERIFIED", outcome.credential(), null,
                    Messages.text(language, "verification.verified"))).cacheControl(Caching.noStore()).build();
            case REFERRED -> Response.ok(new ConfirmationAnswer("REFERRED", null, outcome.trackingNumber(),
                    Messages.text(language, "verification.referred", outcome.trackingNumber()))).cacheControl(Caching.noStore()).build();
            case CODE_REFUSED -> Problem.response(422, "verification-code-refused", language);
            case NOT_FOUND -> Problem.response(404, "verification-not-found", language);
            case RECORDS_UNAVAILABLE -> Response.fromResponse(Problem.response(503, "registry-unavailable", language))
                    .header("Retry-After", 60).build();
        };
    }
}
