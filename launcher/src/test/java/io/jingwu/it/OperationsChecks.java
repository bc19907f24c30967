package io.jingwu.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What operators and load balancers rely on: readiness including the database, the API description, metrics. */
abstract class OperationsChecks extends DeployedApplication {

    /** Readiness is public: the database's check says UP or DOWN, and nothing about the database itself. */
    @Test
    void readinessIncludesTheMigratedDatabase() {
        Http.Reply ready = new Http(base()).get("/health/ready");
        assertEquals(200, ready.status(), ready.body());
        JsonObject health = ready.json();
        assertEquals("UP", health.getString("status"));
        JsonObject database = health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("database")).findFirst().orElseThrow();
        assertEquals("UP", database.getString("status"));
        assertTrue(!database.containsKey("data") || database.getJsonObject("data").isEmpty(), database.toString());
    }

    @Test
    void theApiIsDescribedByOpenApi() {
        Http.Reply openapi = new Http(base()).get("/openapi", "Accept", "application/json");
        assertEquals(200, openapi.status());
        JsonObject paths = openapi.json().getJsonObject("paths");
        assertTrue(paths.containsKey("/api/v1/requests"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/v1/requests/{trackingNumber}"), paths.keySet().toString());
        assertTrue(paths.containsKey("/api/v1/chat/messages"), paths.keySet().toString());
    }

    @Test
    void metricsAreExposed() {
        Http.Reply metrics = new Http(base()).get("/metrics", "Accept", "text/plain");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("jvm") || metrics.body().contains("base_"), metrics.body());
    }

    @Test
    void anUnknownApiPathIsAProblemDocument() {
        Http.Reply reply = new Http(base()).get("api/v1/nothing-here", "Accept-Language", "en");
        assertEquals(404, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
    }
}
