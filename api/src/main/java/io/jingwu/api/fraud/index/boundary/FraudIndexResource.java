package io.jingwu.api.fraud.index.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The anti-fraud index (反诈指数), published for anyone like a weather forecast: how much fraud a county has seen in
 * the last 30 days, relative to its population, as a level from 1 (low) to 5 (severe), with the figures it comes
 * from, the scams most reported there and the trend. Computed every ten minutes by a timer; this only reads it.
 */
@Path("v1/fraud/index")
@Tag(name = "Anti-fraud")
@Produces(MediaType.APPLICATION_JSON)
public class FraudIndexResource {

    /** Computed every ten minutes: a minute old is fresh enough, and the same for everyone. */
    static final int MAX_AGE_SECONDS = 60;

    @Inject
    CallerLanguage callerLanguage;

    @Inject
    FraudIndex index;

    @GET
    @Operation(summary = "A county's anti-fraud index for a day", description = """
            Public, no sign-in. Over the 30 days ending on `date` (China time, both included) the county's fraud \
            reports: victimReports (money lost), suspiciousContacts (no money lost yet), bankAlarms (bank \
            counters' alarms), amountLost and amountStopped (yuan; the stop-payment outcome on the money lost), \
            netLoss; the same per 100,000 residents (netLoss: per resident) of `population`. score = (100,000 × \
            (victimReports + 0.5 × bankAlarms + 0.2 × suspiciousContacts) + netLoss) / population, 2 decimals half \
            up; level 1 (score below 1), 2 (from 1), 3 (from 3), 4 (from 6), 5 (from 10), `label` its name in the \
            caller's language (zh, en, ru). topScamKinds: the three kinds of scam most reported in the window. \
            trend: each day of the window, oldest first, its level and score (null where not computed). \
            docs/ANTI-FRAUD-INDEX.md explains it. Cached for 60 s.""")
    @APIResponse(responseCode = "200", description = "The index",
            content = @Content(schema = @Schema(implementation = FraudIndexView.class)))
    @APIResponse(responseCode = "400", description = "No division, a division that is not 6 to 12 digits, or a date "
            + "that is not YYYY-MM-DD: a problem document naming the parameter")
    @APIResponse(responseCode = "404", description = "The code is no county-level division, the county's population "
            + "is not on record (so it has no index), or that day was not computed (a day to come): a problem "
            + "document saying which")
    public Response index(
            @Parameter(description = "A county-level division code (6 digits), or a finer one (a township's 9) "
                    + "standing for its county", required = true) @QueryParam("division") String division,
            @Parameter(description = "The day, YYYY-MM-DD (China time); today when absent") @QueryParam("date") String date) {
        return Response.ok(index.of(division, date, callerLanguage.current()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
