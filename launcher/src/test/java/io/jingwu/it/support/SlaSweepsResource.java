package io.jingwu.it.support;

import io.jingwu.api.sla.control.SlaSweep;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

/** Runs one SLA sweep at the instant the check names ({@code {"at": "2026-..."}}), as the timer would then. */
@Path("test-support/sla-sweeps")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SlaSweepsResource {

    @Inject
    SlaSweep sweep;

    @POST
    public SlaSweep.SweepCounts sweep(SweepAt body) {
        return sweep.sweep(Instant.parse(body.at()));
    }

    public record SweepAt(String at) {
    }
}
