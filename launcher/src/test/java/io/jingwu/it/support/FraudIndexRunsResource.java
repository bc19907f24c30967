package io.jingwu.it.support;

import io.jingwu.api.fraud.index.control.CountyIndexDays;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Runs the anti-fraud index of one county at the instant the check names ({@code {"at": "2026-...", "countyCode":
 * "331127"}}), as the timer would then; answers the days computed. Always of one county, the check's own: a run at
 * a later instant for every county would write days to come for the counties of every other check too.
 */
@Path("test-support/fraud-index-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FraudIndexRunsResource {

    @Inject
    CountyIndexDays countyDays;

    @POST
    public List<String> run(RunAt body) {
        if (body == null || body.countyCode() == null || body.at() == null) {
            throw new BadRequestException("the county whose index to compute, and when: countyCode, at");
        }
        return countyDays.compute(body.countyCode(), Instant.parse(body.at())).stream().map(LocalDate::toString).toList();
    }

    public record RunAt(String at, String countyCode) {
    }
}
