package io.jingwu.api.statistics.boundary;

import io.jingwu.api.platform.i18n.CallerLanguage;
import io.jingwu.api.platform.i18n.Language;
import io.jingwu.api.statistics.control.StatisticsScope;
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

import java.time.Clock;

/**
 * How units perform, published for anyone (评估亮晒): per unit and in total, for the requests created in a period.
 *
 * <ul>
 * <li>Scope: requests whose submission falls on a day of [from, to] (China time, both days included; by default
 * the last 30 days up to today), optionally only those of divisions whose code starts with {@code division}.
 * With {@code unit}, the answer is that unit's figures alone (and the total is the same).</li>
 * <li>Each unit's figures count the requests it holds now, except back-flow and diversion, which count those
 * routing sent to it (whatever unit holds them now).</li>
 * <li>volume: requests.</li>
 * <li>backflowRate (回流): of the requests routed to the unit, the share transferred after routing (a routing
 * error). Total: of all requests.</li>
 * <li>diversionRate (分流率): 双非 requests are disputes and non-emergency incidents (consultations are not
 * reports and do not count); non-police units are the livelihood team, the mediators and outside departments.
 * For a police unit: of the 双非 requests routed to it, the share now in a non-police unit. For a non-police unit:
 * null. Total: of all 双非 requests, the share now in a non-police unit.</li>
 * <li>slaCompliance: per stage (accept, resolve), of the requests whose stage is decided (done, or its deadline
 * passed), the share done with the deadline never passed.</li>
 * <li>medianMinutesToAccept: from entering the current unit's queue to its accept, over accepted requests;
 * medianMinutesToResolve: from submission to the latest reply less the time waited for the citizen, over resolved
 * requests. Durations are rounded to the minute, so that the database takes the median from a histogram instead of
 * sorting every duration; the mean of the two middle values for an even count (a half at most).</li>
 * <li>satisfactionRate: of the rated requests (the latest return visit's rating, 1 to 5), the share rated 4 or 5;
 * rated: how many; averageRating: their mean, 2 decimals.</li>
 * </ul>
 * Shares are in [0, 1], rounded to 4 decimals, each with its denominator ({@code {"rate": 0.25, "of": 8}}); a
 * share of nothing is null. Units come by volume, largest first, then by code. Counts only: no name, phone or
 * tracking number.
 */
@Path("v1/statistics")
@Tag(name = "Statistics", description = "Public figures of how units perform (评估亮晒)")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    CallerLanguage callerLanguage;

    static final int MAX_AGE_SECONDS = 60;

    @Inject
    Statistics statistics;

    @Inject
    Clock clock;


    @GET
    @Operation(summary = "Figures per unit and in total for a period", description = """
            Public, no sign-in. Scope: requests created on a day of [from, to] (China time, both included; default \
            the last 30 days up to today, at most 366 days), optionally only in divisions whose code starts with \
            `division`; with `unit`, that unit's figures alone (the total is the same). A unit's figures count the \
            requests it holds now, except back-flow and diversion, which count those routing sent to it. \
            volume: requests. backflowRate (回流): of the requests routed to the unit, the share transferred after \
            routing. diversionRate (分流率): for a police unit, of the 双非 requests (DISPUTE, INCIDENT; not \
            CONSULTATION) routed to it, the share now in a non-police unit (LIVELIHOOD_TEAM, MEDIATION, \
            EXTERNAL_DEPARTMENT); null for a non-police unit; in total, of all 双非 requests, the share in a \
            non-police unit. slaCompliance.accept / .resolve: of the requests whose stage is decided (done, or \
            its deadline passed), the share done with the deadline never passed. medianMinutesToAccept: queue \
            entry to accept, over accepted requests; medianMinutesToResolve: submission to the latest reply less \
            the time waited for the citizen, over resolved requests (durations rounded to the minute; for an even count \
            the mean of the two middle ones). satisfactionRate: of \
            the rated requests, the share rated 4 or 5; rated: how many; averageRating: their mean (2 decimals). \
            Shares are in [0, 1], 4 decimals, each with its denominator as {"rate", "of"}; null when "of" is 0. \
            Units by volume, largest first, then code. No personal data. Cached for 60 s.""")
    @APIResponse(responseCode = "200", description = "The figures",
            content = @Content(schema = @Schema(implementation = StatisticsReport.class)))
    @APIResponse(responseCode = "400", description = "A date that is not YYYY-MM-DD, from after to, a period over "
            + "366 days, an unknown unit code, or a division prefix that is not 1 to 9 digits: a problem document "
            + "naming the parameter")
    public Response statistics(
            @Parameter(description = "First day, YYYY-MM-DD (China time)") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD, included") @QueryParam("to") String to,
            @Parameter(description = "Only this unit, by code") @QueryParam("unit") String unit,
            @Parameter(description = "Only divisions whose code starts with these digits") @QueryParam("division") String division) {
        // Parameters arrive as text so that a bad one is a 400 naming it, not JAX-RS's bare 404.
        StatisticsScope scope = StatisticsScope.parse(from, to, unit, division, clock);
        return Response.ok(statistics.report(scope, language()))
                // the same for everyone, and a minute old at most is fresh enough for published figures
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + MAX_AGE_SECONDS)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }

    private Language language() {
        return callerLanguage.current();
    }
}
