package io.jingwu.api.platform.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The cheapest answer the REST API gives: for load balancers, and as the baseline benchmarks compare every
 * endpoint's cost with on the same server.
 */
@Path("v1/ping")
public class PingResource {

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    @Operation(summary = "Answers pong without touching the database")
    public String ping() {
        return "pong";
    }
}
