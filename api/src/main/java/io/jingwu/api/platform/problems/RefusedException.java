package io.jingwu.api.platform.problems;

/**
 * A refusal a component raises, before anything changed: the REST API answers every one with its {@link Refusal}
 * ({@link ProblemMappers.Refused}), and pages show the same refusal's detail, so it is worded once.
 */
public abstract class RefusedException extends RuntimeException {

    protected RefusedException(String message) {
        super(message);
    }

    /** For refusals common enough that a stack trace would only cost: an API key refused at every call. */
    protected RefusedException(String message, Throwable cause, boolean enableSuppression, boolean writableStackTrace) {
        super(message, cause, enableSuppression, writableStackTrace);
    }

    public abstract Refusal refusal();
}
