package io.jingwu.api.institutions.boundary;

/** A change or a new key for an institution whose key was revoked: revocation is final (answered 409). */
public class InstitutionRevokedException extends RuntimeException {

    public InstitutionRevokedException(long id) {
        super("Institution " + id + " is revoked");
    }
}
