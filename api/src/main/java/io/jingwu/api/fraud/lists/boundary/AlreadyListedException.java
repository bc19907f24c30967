package io.jingwu.api.fraud.lists.boundary;

import io.jingwu.api.platform.problems.Refusal;
import io.jingwu.api.platform.problems.RefusedException;

/** The value is on the list already, in force: 409, nothing added. */
public class AlreadyListedException extends RefusedException {

    public AlreadyListedException() {
        super("Already on the list", null, false, false);
    }

    @Override
    public Refusal refusal() {
        return Refusal.of(409, "fraud-list-already-listed");
    }
}
