package io.jingwu.api.staff.boundary;

import io.jingwu.api.staff.entity.StaffActor;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;

import java.util.Optional;

/**
 * The member of staff the current request acts for, as {@link StaffAuthentication} established it (from a
 * bearer token on the API, from the sign-in session on the workbench). Behind {@code @RolesAllowed} there
 * always is one; {@link #actor()} elsewhere answers 401 when there is none.
 */
@RequestScoped
public class CurrentStaff {

    @Inject
    HttpServletRequest request;

    public Optional<StaffActor> find() {
        return request.getAttribute(StaffAuthentication.ACTOR) instanceof StaffActor actor
                ? Optional.of(actor) : Optional.empty();
    }

    /** @throws NotAuthorizedException (answered 401) when nobody is signed in */
    public StaffActor actor() {
        return find().orElseThrow(() -> new NotAuthorizedException("Bearer"));
    }

    public boolean signedIn() {
        return find().isPresent();
    }
}
