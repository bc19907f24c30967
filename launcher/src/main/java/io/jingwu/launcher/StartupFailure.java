package io.jingwu.launcher;

/**
 * A start-up problem the person starting Jingwu can fix. Its message is printed as the only line on
 * stderr, so it names what is wrong and, where possible, what to change.
 */
public final class StartupFailure extends Exception {

    private static final long serialVersionUID = 1L;

    public StartupFailure(String message) {
        // no stack trace: the message is the whole report
        super(message, null, false, false);
    }
}
