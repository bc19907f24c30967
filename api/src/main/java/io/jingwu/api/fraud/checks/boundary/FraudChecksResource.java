package io.jingwu.api.fraud.checks.boundary;

import io.jingwu.api.fraud.checks.control.CheckAllowance;
import io.jingwu.api.platform.clientaddress.ClientAddress;
import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.platform.problems.Problem;
import io.jingwu.api.platform.rest.Caching;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Public, no sign-in: a citizen about to pay, or unsure about a call, a message or a link, asks before the money
 * moves. Nothing that was checked is stored or logged. Limited per client address.
 */
@Path("v1/fraud/checks")
@Tag(name = "Anti-fraud", description = "Warnings before the money moves")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FraudChecksResource {

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    FraudChecks checks;

    @Inject
    CheckAllowance allowance;

    @Inject
    ClientAddress clientAddress;

    @Context
    HttpServletRequest http;

    @POST
    @Operation(summary = "Is this a scam? Check a message, phone number, link, account, or a caller who says they are police",
            description = "Body: `type` (text, phone, url, account or officer), `value`, `fields` (an account's `kind`: "
                    + "bank-card, alipay, wechat, qq or app; for officer: the claimed `name`, `unit`, `badge`, `phone`, "
                    + "and `said`, what they asked for) and `lang` (zh, en or ru). Answer: `risk` SAFE, CAUTION or DANGER, "
                    + "`scamType` (null unless a scam was recognised), `reasons` and `advice` in the caller's language, "
                    + "and the phones, links and accounts found in a text (`extracted`), each with its own risk. An "
                    + "officer's name or badge number is never confirmed.")
    @APIResponse(responseCode = "200", description = "The verdict")
    @APIResponse(responseCode = "400", description = "Unknown type, missing or too long value, or a value that is not a phone, link or account of any known shape")
    @APIResponse(responseCode = "429", description = "Too many checks from this address; Retry-After says when to try again")
    public Response check(@Parameter(description = "zh, en or ru; overrides the body and Accept-Language") @QueryParam("lang") String lang,
                          CheckInput input) {
        callerLanguage.bodySays(input == null ? null : input.lang());
        Language language = callerLanguage.current();
        checks.requireValid(input);
        if (!allowance.tryCheck(clientAddress.of(http))) {
            return Response.fromResponse(Problem.response(429, "too-many-fraud-checks", language))
                    .header("Retry-After", CheckAllowance.WINDOW.toSeconds()).build();
        }
        return Response.ok(CheckAnswer.of(checks.check(input), language)).cacheControl(Caching.noStore()).build();
    }
}
