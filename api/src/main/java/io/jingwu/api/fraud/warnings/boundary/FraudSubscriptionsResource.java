package io.jingwu.api.fraud.warnings.boundary;

import io.jingwu.api.citizens.control.OneTimeCodes;
import io.jingwu.api.fraud.warnings.boundary.FraudSubscriptions.District;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.i18n.Messages;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.Caching;
import io.jingwu.api.platform.validation.Texts;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/**
 * Citizens follow the anti-fraud warnings of their districts by text message, with no account: the phone proves itself
 * with a one-time code, and every warning ends with a link that stops it. Asking for a code is answered alike whether
 * or not the phone follows anything already.
 */
@Path("v1/fraud/subscriptions")
@Tag(name = "Anti-fraud warnings", description = "Warnings of new scams by text message, by district and language")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FraudSubscriptionsResource {

    @Inject
    FraudSubscriptions subscriptions;

    @Inject
    OneTimeCodes codes;

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest http;

    public record CodeSent(long expiresInSeconds) {
    }

    public record Subscribed(String status, String divisionCode, String district, String message) {
    }

    public record Unsubscribed(String status, List<District> districts, String message) {
    }

    /**
     * A warning's link gives its {@code token}; on the portal, the phone and the code it was sent for stopping
     * ({@code unsubscription-codes}).
     */
    public record UnsubscriptionInput(String token, String phone, String code) {
    }

    @POST
    @Operation(summary = "Follow a district's warnings: a code goes to the phone",
            description = "Body: `phone`, `divisionCode` (a county-level district, e.g. 330522) and `lang` (zh, en or "
                    + "ru: the warnings' language; the caller's when absent). The same answer whether or not the phone "
                    + "follows the district already; confirming again changes the language.")
    @APIResponse(responseCode = "202", description = "A code is on its way")
    @APIResponse(responseCode = "400", description = "Every broken rule, in the caller's language; nothing sent")
    @APIResponse(responseCode = "429", description = "Too many codes for this phone or from this address")
    public Response subscribe(FraudSubscriptions.SubscriptionInput input) {
        FraudSubscriptions.SubscriptionInput given = input == null
                ? new FraudSubscriptions.SubscriptionInput(null, null, null) : input;
        callerLanguage.bodySays(given.lang());
        return sent(subscriptions.requestSubscription(given, callerLanguage.current(), clientAddress.of(http)));
    }

    @POST
    @Path("confirmation")
    @Operation(summary = "Confirm with the code the phone was sent",
            description = "Body: `phone`, `divisionCode`, `code`. Only the phone's newest code counts, five guesses at most.")
    @APIResponse(responseCode = "200", description = "Followed: warnings for the district come to the phone")
    @APIResponse(responseCode = "400", description = "A field missing or malformed")
    @APIResponse(responseCode = "422", description = "Wrong, spent or expired code, or one sent for another district")
    public Response confirm(FraudSubscriptions.ConfirmationInput input) {
        Language language = callerLanguage.current();
        return subscriptions.confirm(input == null ? new FraudSubscriptions.ConfirmationInput(null, null, null) : input)
                .map(district -> Response.ok(new Subscribed("CONFIRMED", district.divisionCode(), district.name(),
                        Messages.text(language, "fraud.warnings.confirmed", district.name()))).build())
                .orElseGet(() -> Problem.response(422, "fraud-warning-code-refused", language));
    }

    @POST
    @Path("unsubscription-codes")
    @Operation(summary = "Stop by phone: a code goes to the phone",
            description = "Body: `phone`, optional `divisionCode` (every district the phone follows when absent) and "
                    + "`lang`. The same answer whether or not the phone follows anything; a code is sent only when it does.")
    @APIResponse(responseCode = "202", description = "A code is on its way, if the phone follows anything")
    @APIResponse(responseCode = "400", description = "Every broken rule, in the caller's language; nothing sent")
    @APIResponse(responseCode = "429", description = "Too many codes for this phone or from this address")
    public Response unsubscriptionCode(FraudSubscriptions.UnsubscriptionCodeInput input) {
        FraudSubscriptions.UnsubscriptionCodeInput given = input == null
                ? new FraudSubscriptions.UnsubscriptionCodeInput(null, null, null) : input;
        callerLanguage.bodySays(given.lang());
        return sent(subscriptions.requestUnsubscription(given, callerLanguage.current(), clientAddress.of(http)));
    }

    @POST
    @Path("unsubscription")
    @Operation(summary = "Stop the warnings",
            description = "Body: `token`, from the link at the end of a warning (`/fraud/unsubscribe?token=`): stops the "
                    + "district that message was sent for, with no sign-in. Or `phone` and `code`, sent by "
                    + "`unsubscription-codes`: stops what that code was asked for. Stopping twice is answered alike.")
    @APIResponse(responseCode = "200", description = "The districts no longer followed (none when nothing was left to stop)")
    @APIResponse(responseCode = "400", description = "Neither a token nor a phone and code; or a token that is not genuine")
    @APIResponse(responseCode = "422", description = "Wrong, spent or expired code")
    public Response unsubscribe(UnsubscriptionInput input) {
        Language language = callerLanguage.current();
        if (input != null && !Texts.isBlank(input.token())) {
            return unsubscribed(subscriptions.unsubscribe(input.token()), language)
                    .orElseGet(() -> Problem.response(400, "fraud-warning-token-refused", language));
        }
        if (input == null || Texts.isBlank(input.phone()) || Texts.isBlank(input.code())) {
            throw new InvalidInputException(List.of(FieldError.of("token", "fraud.warnings.unsubscription.proof")));
        }
        return unsubscribed(subscriptions.unsubscribe(input.phone(), input.code()), language)
                .orElseGet(() -> Problem.response(422, "fraud-warning-code-refused", language));
    }

    private Response sent(FraudSubscriptions.Sent sent) {
        return switch (sent) {
            case SENT -> Response.accepted(new CodeSent(codes.lifetime().toSeconds())).cacheControl(Caching.noStore()).build();
            case TOO_MANY -> Problem.response(429, "too-many-codes", callerLanguage.current());
        };
    }

    private static Optional<Response> unsubscribed(Optional<List<District>> ended, Language language) {
        return ended.map(districts -> Response.ok(new Unsubscribed("UNSUBSCRIBED", districts,
                Messages.text(language, "fraud.warnings.unsubscribed"))).cacheControl(Caching.noStore()).build());
    }
}
