package io.jingwu.it.support;

import io.jingwu.api.documents.entity.DocumentType;
import io.jingwu.api.identity.registry.control.EmbeddedPhoneRealName;
import io.jingwu.api.identity.registry.control.EmbeddedPopulationRegistry;
import io.jingwu.api.identity.registry.entity.RegistryQuery;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;

/**
 * Enrols a test's own people in the embedded population registry, and their phones in the embedded carrier records
 * (a check brings its fixtures).
 */
@Path("test-support/registry-people")
@Consumes(MediaType.APPLICATION_JSON)
public class RegistryPeopleResource {

    @Inject
    EmbeddedPopulationRegistry registry;

    @Inject
    EmbeddedPhoneRealName carriers;

    /**
     * Body: {@code {"documentType": "RESIDENT_ID" | "PASSPORT" | ..., "issuingState": "UZB" (foreign documents only),
     * "number", "name", "birthDate": "yyyy-mm-dd", "phones": ["+86139..."] (E.164, the lines the carrier registers
     * to them; none when absent)}}.
     */
    @POST
    public Response enrol(JsonObject person) {
        RegistryQuery query = new RegistryQuery(DocumentType.valueOf(person.getString("documentType")),
                person.getString("issuingState", null), person.getString("number"), person.getString("name"),
                LocalDate.parse(person.getString("birthDate")));
        registry.enrol(query);
        if (person.containsKey("phones")) {
            person.getJsonArray("phones").getValuesAs(JsonString.class)
                    .forEach(phone -> carriers.enrol(query, phone.getString()));
        }
        return Response.noContent().build();
    }
}
