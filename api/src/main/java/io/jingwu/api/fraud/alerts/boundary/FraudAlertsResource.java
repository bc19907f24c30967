package io.jingwu.api.fraud.alerts.boundary;

import io.jingwu.api.institutions.boundary.InstitutionRefusals;
import io.jingwu.api.institutions.control.InstitutionKeys;
import io.jingwu.api.institutions.entity.Admission;
import io.jingwu.api.institutions.entity.InstitutionKind;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.idempotency.IdempotencyKeys;
import io.jingwu.api.platform.idempotency.StoredAnswer;
import io.jingwu.api.platform.problems.FieldError;
import io.jingwu.api.platform.problems.InvalidInputException;
import io.jingwu.api.platform.rest.Caching;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * A bank teller's one-click alarm: a customer at the counter is about to send money to a fraudster. Banks call it with
 * their institution's key; it has an allowance of its own, apart from the key's identity checks, so that a busy day
 * of checks never silences an alarm.
 */
@Path("v1/fraud/alerts")
@Tag(name = "Anti-fraud", description = "Warnings before the money moves")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FraudAlertsResource {

    static final String ALLOWANCE_BUCKET = "institution-alert";

    @Inject
    InstitutionKeys keys;

    @Inject
    FraudAlerts alerts;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    @ConfigProperty(name = "jingwu.fraud.alerts-per-bank-per-minute", defaultValue = "20")
    int alertsPerMinute;

    @POST
    @SecurityRequirement(name = InstitutionRefusals.SCHEME)
    @Operation(summary = "Raise a bank counter alert",
            description = "Banks only. Body: `branchName`, `divisionCode` and `branchAddress` of the branch, "
                    + "`customerIntent` (what the customer is about to do), `amount` (yuan), `tellerPhone`, optional "
                    + "`customerAge` and `customerStillPresent` (true when absent). Nothing about the customer's identity. "
                    + "Opens an urgent request for the anti-fraud centre and alerts the police station of the branch's "
                    + "division. `Idempotency-Key` is required: a retry with the same key and body gets the first answer "
                    + "and raises nothing more.")
    @APIResponse(responseCode = "201", description = "{trackingNumber, centre, station}")
    @APIResponse(responseCode = "400", description = "Every broken rule, named by the body's members; nothing stored")
    @APIResponse(responseCode = "401", description = "No key, or one that is malformed, unknown, replaced or revoked")
    @APIResponse(responseCode = "403", description = "The key is not a bank's")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was already used with another body")
    @APIResponse(responseCode = "429", description = "The bank's alerts per minute are used up; Retry-After says when to try again")
    public Response raise(@Parameter(hidden = true) @HeaderParam(InstitutionRefusals.HEADER) String apiKey,
                          @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, AlertInput input) {
        Admission bank = InstitutionRefusals.require(keys.admit(apiKey,
                institution -> new InstitutionKeys.Allowance(ALLOWANCE_BUCKET, alertsPerMinute),
                EnumSet.of(InstitutionKind.BANK)));
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw new InvalidInputException(List.of(FieldError.of(IdempotencyKeys.HEADER, "fraud.alert.idempotencyKey.required")));
        }
        String key = IdempotencyKeys.checked(idempotencyKey);
        AlertInput body = input == null ? new AlertInput(null, null, null, null, null, null, null, null) : input;
        String bodyHash = IdempotencyKeys.hash(body);
        String scope = FraudAlerts.scopeOf(bank);
        Optional<StoredAnswer> earlier = idempotencyKeys.find(scope, key);
        if (earlier.isPresent()) {
            return IdempotencyKeys.replay(earlier.get(), bodyHash, callerLanguage.current());
        }
        try {
            return Response.status(201).entity(alerts.raise(body, bank, key, bodyHash)).cacheControl(Caching.noStore()).build();
        } catch (InvalidInputException invalid) {
            throw invalid;
        } catch (RuntimeException raced) {
            // the same alarm, sent twice at once: the other transaction stored its answer first, and this one rolled back
            return idempotencyKeys.find(scope, key).map(winner -> IdempotencyKeys.replay(winner, bodyHash, callerLanguage.current())).orElseThrow(() -> raced);
        }
    }
}
