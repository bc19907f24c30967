package io.jingwu.api.institutions.boundary;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/** A change or a new key for an institution whose key was revoked: revocation is final (answered 409). */
public class InstitutionRevokedException extends RefusedException {

    public InstitutionRevokedException(long id) {
        super("Institution " + id + " is revoked");
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(409, "institution-revoked");
    }
}
