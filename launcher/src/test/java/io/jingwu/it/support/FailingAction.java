package io.jingwu.it.support;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** An action of a page ({@code test-support/failing.xhtml}) that fails as a program error would. */
@Named
@RequestScoped
public class FailingAction {

    public void fail() {
        throw new IllegalStateException("a program error behind a page");
    }
}
