package io.jingwu.api.notifications.boundary;

import io.jingwu.api.platform.rest.SecuritySchemes;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * Administrators follow the text messages sent to citizens: what was sent, when, whether delivery failed and
 * why. Phones are masked; nothing here reveals personal data, so nothing is recorded as a read of it.
 */
@Path("v1/admin/sms-outbox")
@RolesAllowed("ADMIN")
@Tag(name = "Admin: text messages", description = "The outbox of text messages to citizens and their delivery")
@SecurityRequirement(name = SecuritySchemes.STAFF_TOKEN)
@Produces(MediaType.APPLICATION_JSON)
public class SmsOutboxResource {

    @Inject
    SmsOutbox outbox;

    @GET
    @Operation(summary = "The newest text messages",
            description = "Optionally only those to one phone; at most " + SmsOutbox.MAX_LIMIT + ". The text is"
                    + " shown only on installations without an SMS provider.")
    @APIResponse(responseCode = "400", description = "The phone is not a valid number")
    public List<OutboxMessageView> newest(@QueryParam("phone") String phone,
                                          @QueryParam("limit") @DefaultValue("50") int limit) {
        return outbox.newest(phone, limit);
    }
}
