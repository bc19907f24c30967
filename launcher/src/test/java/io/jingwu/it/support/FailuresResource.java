package io.jingwu.it.support;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * Failures no caller can cause on purpose from outside (someone else's change at the same moment, a database or
 * program failure), raised here so that a check sees how the API answers them.
 */
@Path("test-support/failures")
public class FailuresResource {

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
}
