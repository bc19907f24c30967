package io.jingwu.it.support;

import io.jingwu.api.identity.credentials.boundary.Credentials;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An institution checks a credential through the application's own {@link Credentials#check}, as its endpoint for
 * institutions will: the holder's page then lists the check. The institution is created here by name and kind until
 * institutions have their own administration.
 */
@Path("test-support/credential-checks")
@Consumes(MediaType.APPLICATION_JSON)
public class CredentialChecksResource {

    @PersistenceContext(unitName = "jingwu")
    EntityManager em;

    @Inject
    Credentials credentials;

    /** Body: {@code {"code": "K7QD-9M2X-PA4T", "institution": "湖州银行", "kind": "BANK"}}; 404 for an unknown code. */
    @POST
    @Transactional
    public Response check(JsonObject body) {
        em.createNativeQuery("INSERT INTO relying_institutions (name, kind) VALUES (?, ?)")
                .setParameter(1, body.getString("institution"))
                .setParameter(2, body.getString("kind"))
                .executeUpdate();
        long institution = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return credentials.check(body.getString("code"), institution)
                .map(answer -> Response.noContent().build())
                .orElseGet(() -> Response.status(404).build());
    }
}
