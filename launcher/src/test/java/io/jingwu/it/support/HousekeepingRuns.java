package io.jingwu.it.support;

import io.jingwu.api.platform.housekeeping.ExpiredRecords;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.Map;

/** Runs the housekeeping purge as if it were the given instant. */
@Path("test-support/housekeeping-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HousekeepingRuns {

    public record Run(Instant at) {
    }

    @Inject
    ExpiredRecords expired;

    @POST
    public Map<String, Integer> run(Run run) {
        return expired.purge(run.at());
    }
}
