package io.jingwu.it.support;

import io.jingwu.api.platform.validation.Required;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * Failures no caller can cause on purpose from outside (someone else's change at the same moment, a database or
 * program failure), or that no endpoint raises today (a declared rule enforced by the container, as a {@code @Valid}
 * parameter would), raised here so that a check sees how the API answers them.
 */
@Path("test-support/failures")
public class FailuresResource {

    @Inject
    Validator validator;

    /** An input with one declared rule, sent blank. */
    public record Described(@Required(message = "{request.description.required}") String description) {
    }

    @POST
    @Path("edit-conflict")
    public void editConflict() {
        throw new OptimisticLockException("changed by another transaction");
    }

    @POST
    @Path("database")
    public void database() {
        throw new PersistenceException("the database is unreachable");
    }

    @POST
    @Path("program")
    public void program() {
        throw new IllegalStateException("a program error");
    }

    @POST
    @Path("declared-rule")
    public void declaredRule() {
        throw new ConstraintViolationException(validator.validate(new Described(" ")));
    }
}
