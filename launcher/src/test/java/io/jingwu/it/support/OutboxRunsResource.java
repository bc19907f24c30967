package io.jingwu.it.support;

import io.jingwu.api.notifications.control.OutboxDelivery;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;

/**
 * Runs the outbox delivery at an instant the check chooses. Body {@code {"at": "2026-03-02T01:30:00Z"}}; answers
 * the attempts made, {@code {"attempts": [{"id": 12, "outcome": "SENT"}]}}.
 */
@Path("test-support/outbox-runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutboxRunsResource {

    @Inject
    OutboxDelivery delivery;

    @POST
    public JsonObject run(JsonObject body) {
        JsonArrayBuilder attempts = Json.createArrayBuilder();
        delivery.run(Instant.parse(body.getString("at"))).forEach(attempt -> attempts.add(Json.createObjectBuilder()
                .add("id", attempt.id()).add("outcome", attempt.outcome().name())));
        return Json.createObjectBuilder().add("attempts", attempts).build();
    }
}
