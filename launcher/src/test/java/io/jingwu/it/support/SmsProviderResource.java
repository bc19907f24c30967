package io.jingwu.it.support;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Switches the test SMS provider and reads what it received. */
@Path("test-support/sms-provider")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SmsProviderResource {

    @Inject
    RecordingSmsProvider provider;

    /** Body: {@code {"mode": "UP" | "DOWN" | "CRASH_AFTER_ACCEPTING"}}. */
    @PUT
    public JsonObject switchTo(JsonObject body) {
        provider.switchTo(RecordingSmsProvider.Mode.valueOf(body.getString("mode")));
        return body;
    }

    @GET
    @Path("messages/{messageId}")
    public JsonObject deliveries(@PathParam("messageId") String messageId) {
        return Json.createObjectBuilder().add("deliveries", provider.deliveriesOf(messageId)).build();
    }

    @GET
    @Path("phones/{phone}")
    public JsonObject messagesTo(@PathParam("phone") String phone) {
        return Json.createObjectBuilder()
                .add("messageIds", Json.createArrayBuilder(provider.messageIdsTo(phone).stream().sorted().toList()))
                .build();
    }
}
