package io.jingwu.api.requests.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.idempotency.IdempotencyKeys;
import io.jingwu.api.platform.idempotency.StoredAnswer;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.requests.control.RequestInput;
import io.jingwu.api.requests.entity.Channel;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Optional;

/** Citizens submit requests (followed by tracking number in {@code citizens}). */
@Path("v1/requests")
@Tag(name = "Requests", description = "Citizens' requests: submit and track")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RequestsResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    Requests requests;

    @Inject
    IdempotencyKeys idempotencyKeys;


    @Context
    UriInfo uriInfo;

    @POST
    @Operation(summary = "Submit a request",
            description = "Checks the request, routes it to the queue of the responsible unit and answers with its "
                    + "tracking number. With an Idempotency-Key header a retry gets the first answer again.")
    @APIResponse(responseCode = "201", description = "Stored and routed")
    @APIResponse(responseCode = "400", description = "Invalid input: a problem document listing every invalid field")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used with another body")
    public Response submit(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, RequestInput input) {
        callerLanguage.bodySays(input == null ? null : input.lang());
        Language language = language();
        if (idempotencyKey == null) {
            RequestReceipt receipt = requests.submit(input, Channel.API, language);
            return Response.created(locationOf(receipt)).entity(receipt).build();
        }
        String key = IdempotencyKeys.checked(idempotencyKey);
        String bodyHash = IdempotencyKeys.hash(input);
        Optional<StoredAnswer> earlier = idempotencyKeys.find(Requests.IDEMPOTENCY_SCOPE, key);
        if (earlier.isPresent()) {
            return IdempotencyKeys.replay(earlier.get(), bodyHash, language);
        }
        try {
            RequestReceipt receipt = requests.submitOnce(key, bodyHash, input, Channel.API, language, this::locationOf);
            return Response.created(locationOf(receipt)).entity(receipt).build();
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (RuntimeException raced) {
            // another instance stored an answer for this key first, and this whole transaction rolled back
            return idempotencyKeys.find(Requests.IDEMPOTENCY_SCOPE, key)
                    .map(winner -> IdempotencyKeys.replay(winner, bodyHash, language))
                    .orElseThrow(() -> raced);
        }
    }

    private URI locationOf(RequestReceipt receipt) {
        return uriInfo.getBaseUriBuilder().path(RequestsResource.class).path(receipt.trackingNumber()).build();
    }

    private Language language() {
        return callerLanguage.current();
    }
}
