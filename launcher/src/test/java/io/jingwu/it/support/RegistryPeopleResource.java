package io.jingwu.it.support;

import io.jingwu.api.identity.documents.entity.DocumentType;
import io.jingwu.api.identity.registry.control.EmbeddedPopulationRegistry;
import io.jingwu.api.identity.registry.entity.RegistryQuery;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.LocalDate;

/** Enrols a test's own people in the embedded population registry (a check brings its fixtures). */
@Path("test-support/registry-people")
@Consumes(MediaType.APPLICATION_JSON)
public class RegistryPeopleResource {

    @Inject
    EmbeddedPopulationRegistry registry;

    /**
     * Body: {@code {"documentType": "RESIDENT_ID" | "PASSPORT" | ..., "issuingState": "UZB" (foreign documents only),
     * "number", "name", "birthDate": "yyyy-mm-dd"}}.
     */
    @POST
    public Response enrol(JsonObject person) {
        registry.enrol(new RegistryQuery(DocumentType.valueOf(person.getString("documentType")),
                person.getString("issuingState", null), person.getString("number"), person.getString("name"),
                LocalDate.parse(person.getString("birthDate"))));
        return Response.noContent().build();
    }
}
